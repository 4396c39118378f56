package io.gramkit.rules;

import java.util.Arrays;

/**
 * The decisions rules made on one lever of one path today: which rule, which value. Usually none
 * or one; kept as growable arrays so a day with no decisions allocates nothing.
 */
final class LeverDecisions {
    private int count;
    private int[] rules = new int[2];
    private double[] values = new double[2];

    void add(int rule, double value) {
        if (count == rules.length) {
            rules = Arrays.copyOf(rules, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        rules[count] = rule;
        values[count] = value;
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The value of the decision by the rule listed first in the rule order. */
    double value() {
        return values[first()];
    }

    /** The rule listed first among those that decided, so reports do not depend on firing order. */
    int firstRule() {
        return rules[first()];
    }

    /**
     * The first-listed rule whose value differs from {@link #value()}, or -1 when all agree.
     * Values compare as doubles, so -0.0 and 0.0 agree and NaN never does.
     */
    int disagreeingRule() {
        double agreed = value();
        int found = -1;
        for (int i = 0; i < count; i++) {
            if (values[i] != agreed && (found < 0 || rules[i] < found)) {
                found = rules[i];
            }
        }
        return found;
    }

    double valueOf(int rule) {
        for (int i = 0; i < count; i++) {
            if (rules[i] == rule) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("rule " + rule + " made no decision");
    }

    /** Adds one to {@code changes[rule]} for each distinct rule that decided. */
    void credit(long[] changes) {
        for (int i = 0; i < count; i++) {
            if (indexOf(rules[i]) == i) {
                changes[rules[i]]++;
            }
        }
    }

    void clear() {
        count = 0;
    }

    private int first() {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (rules[i] < rules[best]) {
                best = i;
            }
        }
        return best;
    }

    private int indexOf(int rule) {
        for (int i = 0; i < count; i++) {
            if (rules[i] == rule) {
                return i;
            }
        }
        return -1;
    }
}
