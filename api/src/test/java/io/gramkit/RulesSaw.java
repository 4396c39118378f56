package io.gramkit;

import io.gramkit.model.policy.Observable;
import io.gramkit.rules.TokenDay;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What the policy rules read of each word, recorded from DRL by a rule that matches every
 * {@code TokenDay} ({@code $token} in "Record what the rules see"); a test fixture, read on one
 * thread after the run.
 */
public final class RulesSaw {
    /** The window the recorded gold move looks over, in days. */
    static final int WINDOW = 5;

    private static final Map<Long, Map<Observable, Double>> SEEN = new HashMap<>();

    private RulesSaw() {}

    /** The DRL that records: one rule, matching every path's day. */
    static final String DRL = """
            package io.gramkit.test;

            import io.gramkit.rules.TokenDay;
            import io.gramkit.RulesSaw;

            rule "Record what the rules see"
            when
                $token : TokenDay()
            then
                RulesSaw.record( $token );
            end
            """;

    /** Reads each word as a compiled policy line does: the DRL property its definition names. */
    public static synchronized void record(TokenDay token) {
        Map<Observable, Double> values = new EnumMap<>(Observable.class);
        for (Observable word : Observable.values()) {
            values.put(word, read(token, word));
        }
        SEEN.put(key(token.getPath(), token.getDay()), values);
    }

    static synchronized double seen(int path, int day, Observable word) {
        Map<Observable, Double> values = SEEN.get(key(path, day));
        if (values == null) {
            throw new AssertionError("the rules did not run on path " + path + ", day " + day);
        }
        return values.get(word);
    }

    static synchronized void clear() {
        SEEN.clear();
    }

    private static double read(TokenDay token, Observable word) {
        if (word == Observable.GOLD_MOVE) {
            return token.goldMoveOver(WINDOW);
        }
        try {
            String property = word.drl();
            Method getter =
                    TokenDay.class.getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
            return (double) getter.invoke(token);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("TokenDay has no property " + word.drl() + " for '" + word.words() + "'", e);
        }
    }

    private static long key(int path, int day) {
        return (long) path << 32 | day;
    }
}
