package io.gramkit.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link RuleBook} as Markdown, for a pull request or a wiki: the fingerprints and files, then
 * each rule file's header and its rules, each rule's source in a code block. Text from the rule
 * files is escaped so that it prints as written.
 */
public final class RuleBookMarkdown {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private RuleBookMarkdown() {}

    public static String render(RuleBook book) {
        StringBuilder out = new StringBuilder();
        out.append("# Rule book: ")
                .append(escape(String.join(
                        ", ",
                        book.fingerprints().stream()
                                .map(RuleBook.Fingerprint::source)
                                .toList())))
                .append("\n\n");
        for (RuleBook.Fingerprint fingerprint : book.fingerprints()) {
            out.append("Fingerprint of ")
                    .append(code(fingerprint.source()))
                    .append(": ")
                    .append(code("sha256:" + fingerprint.sha256()))
                    .append("  \n");
        }
        out.append("(SHA-256 over the sorted pairs of relative path and content, line endings normalised to LF:"
                + " what `gram rules sign` records and `gram rules verify` checks.)\n\n");
        out.append("## Files\n\n| file | what it is |\n|---|---|\n");
        for (RuleBook.BookFile file : book.files()) {
            out.append("| ")
                    .append(code(file.path()))
                    .append(" | ")
                    .append(escape(file.role()))
                    .append(" |\n");
        }
        out.append("\n## Rules\n\n");
        for (RuleBook.Rule rule : book.rules()) {
            out.append("- ").append(escape(rule.name())).append('\n');
        }
        String file = null;
        for (RuleBook.Rule rule : book.rules()) {
            if (!rule.source().file().equals(file)) {
                file = rule.source().file();
                out.append("\n## ").append(escape(file)).append("\n\n");
                header(out, rule.header());
            }
            rule(out, rule);
        }
        return out.toString();
    }

    private static void header(StringBuilder out, RuleBook.Header header) {
        if (!header.summary().isEmpty()) {
            out.append(escape(header.summary())).append("\n\n");
        }
        for (RuleBook.Field field : header.fields()) {
            out.append("- **")
                    .append(field.label())
                    .append(":** ")
                    .append(escape(field.text()))
                    .append('\n');
        }
        if (!header.fields().isEmpty()) {
            out.append('\n');
        }
    }

    private static void rule(StringBuilder out, RuleBook.Rule rule) {
        out.append("### ").append(escape(rule.name())).append("\n\n");
        out.append("- **When:** ").append(escape(rule.condition())).append('\n');
        out.append("- **Then:** ").append(escape(rule.action())).append('\n');
        out.append("- **Sets:** ").append(list(rule.levers())).append('\n');
        out.append("- **Literal numbers:** ").append(list(rule.numbers())).append('\n');
        out.append("- **Policy levels:**");
        out.append(rule.levels().isEmpty() ? " none\n" : "\n");
        for (RuleBook.Level level : rule.levels()) {
            out.append("  - ").append(code(level.name()));
            if (!level.setting().isEmpty()) {
                out.append(": ").append(escape(level.setting())).append(", ").append(escape(level.range()));
                if (!level.reference().isEmpty()) {
                    out.append("; reference value ").append(escape(level.reference()));
                }
            } else {
                out.append(": not a scenario setting the catalogue declares; any value");
            }
            out.append('\n');
        }
        RuleBook.Source source = rule.source();
        out.append("\n")
                .append(escape(source.form().label()))
                .append(", ")
                .append(code(source.file() + ":" + source.line()))
                .append(":\n\n");
        String fence = fence(source.text());
        out.append(fence)
                .append(source.form() == RuleBook.Form.DECISION_TABLE ? "csv" : "drl")
                .append('\n')
                .append(source.text())
                .append('\n')
                .append(fence)
                .append("\n\n");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : escape(String.join(", ", items));
    }

    /** Backslash-escapes what Markdown would read as markup. */
    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    /** An inline code span that holds any text: delimited by more backticks than any run in it. */
    private static String code(String text) {
        String ticks = "`".repeat(longestRun(text) + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    private static String fence(String text) {
        return "`".repeat(Math.max(3, longestRun(text) + 1));
    }

    private static int longestRun(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }
}
