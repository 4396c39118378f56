package io.gramkit.interpreter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of one run: every rule firing on a sample of paths ({@link AuditRecord}), and,
 * over all paths, the path-days on which each rule changed each lever ({@link LeverChanges}).
 * Filled by the rule sessions of an audited {@link ResponseRules} while the run goes on.
 *
 * <p>Records come out in order of path, day, then rule order ({@link ResponseRules#ruleNames()}),
 * so the trail is the same for any number of threads. Each sampled path is written only by the
 * one session that owns it; lever counts are added under a lock.
 */
public final class AuditTrail {
    private final int[] paths;
    private final List<String> ruleNames;
    private final List<List<AuditRecord>> records;
    private final Map<String, long[]> changesByLever = new LinkedHashMap<>();

    /**
     * @param paths     the sampled paths (any order, no repeats)
     * @param ruleNames the rules, in the order reports list them
     */
    public AuditTrail(int[] paths, List<String> ruleNames) {
        int[] sorted = paths.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0 || (i > 0 && sorted[i] == sorted[i - 1])) {
                throw new IllegalArgumentException(
                        "audit paths must be distinct path numbers from 0, got " + Arrays.toString(paths));
            }
        }
        this.paths = sorted;
        this.ruleNames = List.copyOf(ruleNames);
        this.records = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            records.add(new ArrayList<>());
        }
    }

    /** The sampled paths, in increasing order. */
    public int[] paths() {
        return paths.clone();
    }

    /** Whether the firings on {@code path} are recorded. */
    public boolean samples(int path) {
        return Arrays.binarySearch(paths, path) >= 0;
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    /**
     * Adds one record of a sampled path. A path's records must arrive in day order and, within a
     * day, in rule order; only the session that owns the path calls this.
     */
    public void record(AuditRecord record) {
        int index = Arrays.binarySearch(paths, record.path());
        if (index < 0) {
            throw new IllegalArgumentException("path " + record.path() + " is not sampled");
        }
        records.get(index).add(record);
    }

    /** Adds {@code pathDays} to the count of path-days on which rule {@code rule} changed {@code lever}. */
    public synchronized void addChanges(int rule, String lever, long pathDays) {
        changesByLever.computeIfAbsent(lever, name -> new long[ruleNames.size()])[rule] += pathDays;
    }

    /** Every record, in order of path, day, then rule order. */
    public List<AuditRecord> records() {
        List<AuditRecord> all = new ArrayList<>();
        records.forEach(all::addAll);
        return all;
    }

    /** The records of one sampled path, in day order. */
    public List<AuditRecord> records(int path) {
        int index = Arrays.binarySearch(paths, path);
        if (index < 0) {
            throw new IllegalArgumentException("path " + path + " is not sampled; sampled: " + Arrays.toString(paths));
        }
        return List.copyOf(records.get(index));
    }

    /**
     * For each rule (in rule order), the levers it changed (in the rules' order of levers) with
     * the path-days on which it did; a rule that changed nothing has one row with an empty lever
     * and 0, so every rule is listed.
     */
    public synchronized List<LeverChanges> leverChanges() {
        List<LeverChanges> out = new ArrayList<>();
        for (int rule = 0; rule < ruleNames.size(); rule++) {
            int before = out.size();
            for (Map.Entry<String, long[]> lever : changesByLever.entrySet()) {
                if (lever.getValue()[rule] > 0) {
                    out.add(new LeverChanges(ruleNames.get(rule), lever.getKey(), lever.getValue()[rule]));
                }
            }
            if (out.size() == before) {
                out.add(new LeverChanges(ruleNames.get(rule), "", 0));
            }
        }
        return out;
    }
}
