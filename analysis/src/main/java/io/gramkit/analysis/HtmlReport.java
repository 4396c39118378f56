package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML file: fan charts of gold, discount and coverage, the share of paths off
 * peg by day, a histogram of the
 * largest discount, the rule change counts (all PNG, inline as data URIs), the headline metrics,
 * the summary, the scenario's text and the manifest. Nothing is fetched when it is viewed.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** What the report shows. */
    public record Input(
            Summary summary,
            List<MetricRow> metrics,
            DailyBands bands,
            DailyShares shares,
            PathOutcomes outcomes,
            String summaryText,
            String scenarioName,
            String scenarioText,
            String manifestJson,
            java.util.Optional<DebtSection> debt) {

        /** A report without a debt block. */
        public Input(
                Summary summary,
                List<MetricRow> metrics,
                DailyBands bands,
                DailyShares shares,
                PathOutcomes outcomes,
                String summaryText,
                String scenarioName,
                String scenarioText,
                String manifestJson) {
            this(
                    summary,
                    metrics,
                    bands,
                    shares,
                    outcomes,
                    summaryText,
                    scenarioName,
                    scenarioText,
                    manifestJson,
                    java.util.Optional.empty());
        }
    }

    /** What the report shows of a debt block: its days, its liquidation ratio and its currency. */
    public record DebtSection(DebtDaily daily, double liquidationRatio, String currency) {}

    public static String render(Input in) {
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(in.summary().scenario()))
                .append(" - Gram stress report</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em auto;max-width:960px;color:#222}")
                .append("img{max-width:100%;border:1px solid #ddd;margin:.5em 0}")
                .append(
                        "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}")
                .append(
                        "td:first-child,th:first-child{text-align:left}pre{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:12px}")
                .append("\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(in.summary().scenario())).append("</h1>\n");
        html.append(String.format(
                Locale.ROOT,
                "<p>%,d paths x %d days, seed %d; gold: %s</p>%n",
                in.summary().paths(),
                in.summary().horizonDays(),
                in.summary().seed(),
                escape(in.summary().generator())));
        html.append("<h2>Gold, discount and coverage by day</h2>\n");
        image(html, "gold fan chart", Charts.fan(in.bands(), "gold", "Gold price", "USD per gram", 1));
        image(
                html,
                "discount fan chart",
                Charts.fan(in.bands(), "discount", "Discount below the gold value of one gram", "discount, %", 100));
        image(
                html,
                "coverage fan chart",
                Charts.fan(in.bands(), "coverage", "Coverage (reserve value / token liabilities)", "coverage", 1));
        image(html, "share of paths off peg by day", Charts.dailyShares(in.shares()));
        html.append("<h2>Largest discount of each path</h2>\n");
        double[] maxDiscount = in.outcomes().column("max_discount");
        for (int i = 0; i < maxDiscount.length; i++) {
            maxDiscount[i] *= 100;
        }
        image(
                html,
                "histogram of the largest discount",
                Charts.histogram(
                        maxDiscount, "Largest discount over the horizon, across paths", "largest discount, %", 50));
        in.debt().ifPresent(debt -> {
            html.append("<h2>The dollar minted against the token</h2>\n");
            image(
                    html,
                    "collateral ratio bands",
                    DebtCharts.collateralRatioBands(debt.daily(), debt.liquidationRatio()));
            image(html, "bad debt by day", DebtCharts.badDebt(debt.daily(), debt.currency()));
        });
        html.append("<h2>What the rules did</h2>\n");
        image(html, "rule change counts", Charts.ruleChanges(in.summary().ruleChanges()));
        html.append("<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th>value</th><th>std error</th><th>95% low</th>")
                .append("<th>95% high</th><th>unit</th></tr>\n");
        for (MetricRow row : in.metrics()) {
            Estimate e = row.estimate();
            html.append("<tr title=\"")
                    .append(escape(row.meaning()))
                    .append("\"><td>")
                    .append(escape(row.name()))
                    .append("</td><td>")
                    .append(number(e.value()))
                    .append("</td><td>")
                    .append(number(e.standardError()))
                    .append("</td><td>")
                    .append(number(e.low()))
                    .append("</td><td>")
                    .append(number(e.high()))
                    .append("</td><td>")
                    .append(escape(row.unit()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        html.append("<h2>Summary</h2>\n<pre>").append(escape(in.summaryText())).append("</pre>\n");
        html.append("<h2>Scenario: ")
                .append(escape(in.scenarioName()))
                .append("</h2>\n<pre>")
                .append(escape(in.scenarioText()))
                .append("</pre>\n");
        html.append("<h2>Manifest</h2>\n<pre>")
                .append(escape(in.manifestJson()))
                .append("</pre>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void image(StringBuilder html, String alt, String base64Png) {
        html.append("<img alt=\"")
                .append(escape(alt))
                .append("\" src=\"data:image/png;base64,")
                .append(base64Png)
                .append("\">\n");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.5g", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
