package io.gramkit.golddata;

import java.util.List;
import java.util.Locale;

/**
 * The HTML page of a backtest: the tests' table, the model comparison, and per model a chart of
 * one-step forecasts (-VaR at each level) against realised returns, as inline SVG (no scripts, no
 * network).
 */
final class BacktestPage {
    private BacktestPage() {}

    static String html(Backtest b) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest of ")
                .append(escape(b.series().name()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;"
                        + "text-align:right}.green{background:#d8f3d8}.yellow{background:#fff3c4}"
                        + ".red{background:#f8d0d0}</style></head><body>\n");
        out.append("<h1>Is the gold model any good?</h1>\n<pre>")
                .append(escape(b.report()))
                .append("</pre>\n");
        out.append("<h2>Tests</h2>\n<table><tr><th>model</th><th>horizon</th><th>level</th><th>T</th>"
                + "<th>exceedances</th><th>Kupiec p</th><th>independence p</th><th>conditional p</th>"
                + "<th>zone</th><th>ES Z2</th><th>Z2 p</th></tr>\n");
        for (Backtest.Result r : b.results()) {
            CoverageTest c = r.coverage();
            out.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td>%d</td><td>%s</td><td>%d</td><td>%d</td><td>%.3f</td><td>%.3f</td>"
                            + "<td>%.3f</td><td class=\"%s\">%s</td><td>%.2f</td><td>%.3f</td></tr>%n",
                    r.model().keyword(),
                    r.horizon(),
                    Backtest.percent(r.level()),
                    c.observations(),
                    c.exceedances(),
                    c.kupiecP(),
                    c.independenceP(),
                    c.conditionalP(),
                    c.zone().word(),
                    c.zone().word(),
                    r.shortfall().z2(),
                    r.shortfall().pValue()));
        }
        out.append("</table>\n");
        int h = b.settings().horizons().get(0);
        for (ModelKind model : b.settings().models()) {
            out.append("<h2>")
                    .append(model.keyword())
                    .append(": horizon ")
                    .append(h)
                    .append(", realised returns (dots, red beyond the highest level's VaR) and -VaR</h2>\n");
            out.append(chart(
                    b.rows().stream()
                            .filter(r -> r.model() == model && r.horizon() == h)
                            .toList(),
                    b.settings().levels()));
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private static String chart(List<Backtest.Row> rows, List<Double> levels) {
        if (rows.isEmpty()) {
            return "<p>no forecasts</p>\n";
        }
        List<Backtest.Row> first =
                rows.stream().filter(r -> r.level() == levels.get(0)).toList();
        int n = first.size();
        double lo = 0;
        double hi = 0;
        for (Backtest.Row r : rows) {
            lo = Math.min(lo, Math.min(r.realised(), -r.var()));
            hi = Math.max(hi, r.realised());
        }
        double width = 1000;
        double height = 300;
        double span = hi - lo;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n",
                width,
                height,
                width,
                height));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"0\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>%n",
                width,
                y(0, lo, span, height),
                y(0, lo, span, height)));
        String[] colours = {"#e69f00", "#d55e00", "#7a0000"};
        double top = levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        for (int l = 0; l < levels.size(); l++) {
            double level = levels.get(l);
            StringBuilder points = new StringBuilder();
            int i = 0;
            for (Backtest.Row r : rows) {
                if (r.level() == level) {
                    points.append(
                            String.format(Locale.ROOT, "%.1f,%.1f ", x(i++, n, width), y(-r.var(), lo, span, height)));
                }
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" points=\"%s\"><title>-VaR %s</title></polyline>%n",
                    colours[l % colours.length],
                    points.toString().trim(),
                    Backtest.percent(level)));
        }
        int i = 0;
        for (Backtest.Row r : rows) {
            if (r.level() != top) {
                continue;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\" fill=\"%s\"><title>%s..%s %.2f%%</title></circle>%n",
                    x(i++, n, width),
                    y(r.realised(), lo, span, height),
                    r.exceeded() ? "#c00" : "#336",
                    r.from(),
                    r.to(),
                    100 * r.realised()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(int i, int n, double width) {
        return n <= 1 ? 0 : i * (width - 4) / (n - 1) + 2;
    }

    private static double y(double value, double lo, double span, double height) {
        return span == 0 ? height / 2 : height - 4 - (value - lo) / span * (height - 8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
