package io.gramkit.rules;

import java.util.Arrays;
import org.drools.base.rule.accessor.GlobalResolver;

/**
 * A session's globals in three short arrays. Conditions rewritten by {@link PolicyGlobals} read a
 * global on every evaluation; Drools' default resolver is a {@code ConcurrentHashMap} that a
 * profile put at about 5% of the loop. A session holds a handful of globals: a scan of their
 * cached hash codes, then one {@code equals}, is cheaper than the map's probing.
 */
final class SessionGlobals implements GlobalResolver {
    private String[] names = new String[0];
    /** The names' hash codes: one int compared before any characters. */
    private int[] hashes = new int[0];

    private Object[] values = new Object[0];
    /**
     * The name objects conditions asked with, and the slot each found: a condition's extractor
     * asks with its own copy of the name every time, so after the first lookup one reference
     * comparison finds it, where comparing the characters again was 5% of a run's samples.
     */
    private String[] asked = new String[0];
    /** A caller that builds a new name object on every call must not grow the list without end. */
    private static final int ASKED_LIMIT = 64;

    private int[] answered = new int[0];

    @Override
    @SuppressWarnings("ReferenceEquality") // by design: the same name object asked again
    public Object resolveGlobal(String identifier) {
        for (int i = 0; i < asked.length; i++) {
            if (asked[i] == identifier) {
                return values[answered[i]];
            }
        }
        int at = indexOf(identifier);
        if (at < 0 || asked.length == ASKED_LIMIT) {
            return at < 0 ? null : values[at];
        }
        asked = Arrays.copyOf(asked, asked.length + 1);
        answered = Arrays.copyOf(answered, answered.length + 1);
        asked[asked.length - 1] = identifier;
        answered[answered.length - 1] = at;
        return values[at];
    }

    @Override
    public void setGlobal(String identifier, Object value) {
        int at = indexOf(identifier);
        if (at < 0) {
            at = names.length;
            names = Arrays.copyOf(names, at + 1);
            hashes = Arrays.copyOf(hashes, at + 1);
            values = Arrays.copyOf(values, at + 1);
            names[at] = identifier;
            hashes[at] = identifier.hashCode();
        }
        values[at] = value;
    }

    @Override
    public void removeGlobal(String identifier) {
        forgetAsked();
        int at = indexOf(identifier);
        if (at >= 0) {
            int last = names.length - 1;
            names[at] = names[last];
            hashes[at] = hashes[last];
            values[at] = values[last];
            names = Arrays.copyOf(names, last);
            hashes = Arrays.copyOf(hashes, last);
            values = Arrays.copyOf(values, last);
        }
    }

    @Override
    public void clear() {
        forgetAsked();
        names = new String[0];
        hashes = new int[0];
        values = new Object[0];
    }

    /** Slots move when a global goes: what was asked is asked again. */
    private void forgetAsked() {
        asked = new String[0];
        answered = new int[0];
    }

    private int indexOf(String identifier) {
        int hash = identifier.hashCode();
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == hash && names[i].equals(identifier)) {
                return i;
            }
        }
        return -1;
    }
}
