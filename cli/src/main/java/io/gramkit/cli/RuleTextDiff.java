package io.gramkit.cli;

import io.gramkit.rules.RuleCatalogue.RuleBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule-by-rule diff of two rule sets as the engine runs them: rules added, removed, renamed with
 * unchanged conditions and actions (paired by content), and changed (their conditions or actions,
 * line by line, {@code -} for A and {@code +} for B).
 */
final class RuleTextDiff {
    private RuleTextDiff() {}

    static String render(List<RuleBody> a, List<RuleBody> b) {
        Map<String, RuleBody> byNameA = byName(a);
        Map<String, RuleBody> byNameB = byName(b);
        StringBuilder out = new StringBuilder();
        List<RuleBody> removed = new ArrayList<>();
        List<RuleBody> added = new ArrayList<>();
        int unchanged = 0;
        for (RuleBody rule : a) {
            RuleBody other = byNameB.get(rule.rule());
            if (other == null) {
                removed.add(rule);
            } else if (same(rule, other)) {
                unchanged++;
            } else {
                out.append("changed  '")
                        .append(rule.rule())
                        .append("' (")
                        .append(where(other))
                        .append(")\n");
                part(out, "conditions", rule.conditions(), other.conditions());
                part(out, "actions", rule.actions(), other.actions());
            }
        }
        for (RuleBody rule : b) {
            if (!byNameA.containsKey(rule.rule())) {
                added.add(rule);
            }
        }
        Set<RuleBody> paired = new HashSet<>();
        for (RuleBody old : removed) {
            RuleBody renamed = added.stream()
                    .filter(rule -> !paired.contains(rule) && same(old, rule))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                paired.add(renamed);
                paired.add(old);
                out.append("renamed  '")
                        .append(old.rule())
                        .append("' -> '")
                        .append(renamed.rule())
                        .append("' (same conditions and actions; ")
                        .append(where(renamed))
                        .append(")\n");
            }
        }
        for (RuleBody rule : removed) {
            if (!paired.contains(rule)) {
                out.append("removed  '")
                        .append(rule.rule())
                        .append("' (")
                        .append(where(rule))
                        .append(")\n");
                lines(out, "- ", rule);
            }
        }
        for (RuleBody rule : added) {
            if (!paired.contains(rule)) {
                out.append("added    '")
                        .append(rule.rule())
                        .append("' (")
                        .append(where(rule))
                        .append(")\n");
                lines(out, "+ ", rule);
            }
        }
        out.append(unchanged).append(unchanged == 1 ? " rule" : " rules").append(" unchanged\n");
        return out.toString();
    }

    private static Map<String, RuleBody> byName(List<RuleBody> rules) {
        Map<String, RuleBody> map = new LinkedHashMap<>();
        rules.forEach(rule -> map.putIfAbsent(rule.rule(), rule));
        return map;
    }

    private static boolean same(RuleBody a, RuleBody b) {
        return a.conditions().equals(b.conditions()) && a.actions().equals(b.actions());
    }

    private static String where(RuleBody rule) {
        return rule.file() + ":" + rule.line();
    }

    private static void part(StringBuilder out, String what, String a, String b) {
        if (a.equals(b)) {
            return;
        }
        out.append("  ").append(what).append('\n');
        List<String> linesA = a.lines().toList();
        List<String> linesB = b.lines().toList();
        for (String line : linesA) {
            if (!linesB.contains(line)) {
                out.append("    - ").append(line).append('\n');
            }
        }
        for (String line : linesB) {
            if (!linesA.contains(line)) {
                out.append("    + ").append(line).append('\n');
            }
        }
    }

    private static void lines(StringBuilder out, String sign, RuleBody rule) {
        out.append("  when\n");
        rule.conditions()
                .lines()
                .forEach(line -> out.append("    ").append(sign).append(line).append('\n'));
        out.append("  then\n");
        rule.actions()
                .lines()
                .forEach(line -> out.append("    ").append(sign).append(line).append('\n'));
    }
}
