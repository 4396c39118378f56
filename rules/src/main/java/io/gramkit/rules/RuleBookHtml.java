package io.gramkit.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link RuleBook} as one self-contained HTML page: inline CSS, no script, no image, no request
 * to anywhere (its Content-Security-Policy forbids them), every text from the rule files escaped,
 * an id per rule ({@code rule-raise-the-redemption-fee-...}) for links from a review's minutes,
 * and a print style that keeps each rule on one page where it fits.
 */
public final class RuleBookHtml {
    private static final String STYLE = """
            body { font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin-bottom: .3rem; }
            h2 { font-size: 1.25rem; border-bottom: 1px solid #bbb; margin-top: 2.2rem; }
            h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
            code, pre, .fingerprint { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .88rem; }
            .fingerprint { word-break: break-all; background: #f2f2f2; padding: .1rem .3rem; }
            pre { background: #f6f6f6; border: 1px solid #ddd; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
            table { border-collapse: collapse; }
            td, th { text-align: left; vertical-align: top; padding: .2rem .8rem .2rem 0; }
            dl.header dt, dl.facts dt { font-weight: 600; }
            dl.header dd, dl.facts dd { margin: 0 0 .35rem 1.5rem; }
            .rule { border-left: 3px solid #4a6f8a; padding-left: .8rem; margin-bottom: 1.4rem; }
            .note { color: #555; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; }
              a { color: inherit; text-decoration: none; }
              .rule { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              pre { white-space: pre-wrap; }
            }
            """;

    private RuleBookHtml() {}

    public static String render(RuleBook book) {
        List<String> ids = ids(book.rules());
        String title = "Rule book: "
                + String.join(
                        ", ",
                        book.fingerprints().stream()
                                .map(RuleBook.Fingerprint::source)
                                .toList());
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<table id=\"fingerprints\">\n");
        for (RuleBook.Fingerprint fingerprint : book.fingerprints()) {
            out.append("<tr><th>fingerprint of <code>")
                    .append(escape(fingerprint.source()))
                    .append("</code></th><td><span class=\"fingerprint\">sha256:")
                    .append(escape(fingerprint.sha256()))
                    .append("</span></td></tr>\n");
        }
        out.append("</table>\n<p class=\"note\">SHA-256 over the sorted pairs of relative path and content, line"
                + " endings normalised to LF: what <code>gram rules sign</code> records and <code>gram rules"
                + " verify</code> checks.</p>\n");
        out.append("<h2 id=\"files\">Files</h2>\n<table>\n");
        for (RuleBook.BookFile file : book.files()) {
            out.append("<tr><td><code>")
                    .append(escape(file.path()))
                    .append("</code></td><td>")
                    .append(escape(file.role()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<h2 id=\"contents\">Rules</h2>\n<ol>\n");
        for (int i = 0; i < book.rules().size(); i++) {
            out.append("<li><a href=\"#")
                    .append(ids.get(i))
                    .append("\">")
                    .append(escape(book.rules().get(i).name()))
                    .append("</a></li>\n");
        }
        out.append("</ol>\n");
        String file = null;
        for (int i = 0; i < book.rules().size(); i++) {
            RuleBook.Rule rule = book.rules().get(i);
            if (!rule.source().file().equals(file)) {
                if (file != null) {
                    out.append("</section>\n");
                }
                file = rule.source().file();
                out.append("<section class=\"file\">\n<h2>")
                        .append(escape(file))
                        .append("</h2>\n");
                header(out, rule.header());
            }
            rule(out, rule, ids.get(i));
        }
        if (file != null) {
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, RuleBook.Header header) {
        if (!header.summary().isEmpty()) {
            out.append("<p class=\"summary\">").append(escape(header.summary())).append("</p>\n");
        }
        if (header.fields().isEmpty()) {
            return;
        }
        out.append("<dl class=\"header\">\n");
        for (RuleBook.Field field : header.fields()) {
            out.append("<dt>")
                    .append(escape(field.label()))
                    .append("</dt><dd>")
                    .append(escape(field.text()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static void rule(StringBuilder out, RuleBook.Rule rule, String id) {
        out.append("<article class=\"rule\" id=\"")
                .append(id)
                .append("\">\n<h3 class=\"rule-name\">")
                .append(escape(rule.name()))
                .append("</h3>\n<dl class=\"facts\">\n");
        fact(out, "When", escape(rule.condition()));
        fact(out, "Then", escape(rule.action()));
        fact(out, "Sets", list(rule.levers()));
        fact(out, "Literal numbers", list(rule.numbers()));
        StringBuilder levels = new StringBuilder();
        if (rule.levels().isEmpty()) {
            levels.append("none");
        } else {
            levels.append("<ul class=\"levels\">");
            for (RuleBook.Level level : rule.levels()) {
                levels.append("<li><code>").append(escape(level.name())).append("</code>: ");
                if (level.setting().isEmpty()) {
                    levels.append("not a scenario setting the catalogue declares; any value");
                } else {
                    levels.append(escape(level.setting())).append(", ").append(escape(level.range()));
                    if (!level.reference().isEmpty()) {
                        levels.append("; reference value ").append(escape(level.reference()));
                    }
                }
                levels.append("</li>");
            }
            levels.append("</ul>");
        }
        fact(out, "Policy levels", levels.toString());
        RuleBook.Source source = rule.source();
        fact(
                out,
                "Source",
                escape(source.form().label()) + ", <code>" + escape(source.file() + ":" + source.line()) + "</code>");
        out.append("</dl>\n<pre class=\"source\">")
                .append(escape(source.text()))
                .append("</pre>\n</article>\n");
    }

    private static void fact(StringBuilder out, String label, String html) {
        out.append("<dt>").append(label).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : escape(String.join(", ", items));
    }

    /** An id per rule from its name, unique within the page. */
    static List<String> ids(List<RuleBook.Rule> rules) {
        Set<String> taken = new HashSet<>();
        return rules.stream()
                .map(rule -> {
                    String slug = rule.name()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("^-|-$", "");
                    String id = "rule-" + (slug.isEmpty() ? "unnamed" : slug);
                    String unique = id;
                    for (int n = 2; !taken.add(unique); n++) {
                        unique = id + "-" + n;
                    }
                    return unique;
                })
                .toList();
    }

    /** Text as HTML: the five characters that could end or open markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
