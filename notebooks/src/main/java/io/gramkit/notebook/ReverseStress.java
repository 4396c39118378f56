package io.gramkit.notebook;

import io.gramkit.GramReverse;
import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Crossing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A reverse stress test ({@link NotebookScenario#reverse}): the metric at each shock size of the
 * grid and of the bisections, and every size at which the condition starts or stops holding. Shown
 * as the crossings table; {@link #grid()} and {@link #chart()} show the whole scan.
 */
public final class ReverseStress implements Displayable {
    private final String label;
    private final GramReverse.Result result;

    ReverseStress(String label, GramReverse.Result result) {
        this.label = label;
        this.result = result;
    }

    /** The kit's result, for the API this facade does not cover. */
    public GramReverse.Result gram() {
        return result;
    }

    /** The smallest size at which the condition holds, if any size of the scan breaks it. */
    public Optional<Double> breakingSize() {
        return result.breakingSize();
    }

    public List<Crossing> crossings() {
        return result.crossings();
    }

    /** Every size where the condition changes, refined by bisection, with its uncertainty. */
    public Table crossingsTable() {
        Condition condition = result.condition();
        List<List<String>> rows = new ArrayList<>();
        for (Crossing c : result.crossings()) {
            rows.add(List.of(
                    c.starts() ? "starts holding" : "stops holding",
                    Formats.percent(c.below(), 2) + " to " + Formats.percent(c.above(), 2),
                    Formats.percent(c.size(), 2),
                    metric(c.metricAtSize()),
                    Double.isNaN(c.standardErrorAtSize()) ? "n/a" : metric(c.standardErrorAtSize()),
                    String.format(Locale.ROOT, "± %.2f pp", 100 * c.uncertainty())));
        }
        return Table.of(
                "Where '" + describe(condition) + "' changes as the '" + result.shock() + "' shock grows",
                List.of(
                        "as the shock grows, the condition",
                        "bracket",
                        "size where it holds",
                        "metric there",
                        "std. error",
                        "uncertainty (95%)"),
                rows);
    }

    /** Every size of the grid with the metric and its 95% interval (bisections refine the crossings only). */
    public Table grid() {
        return grid(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** The grid's sizes from {@code from} to {@code to} (fractions, both included): to read a part of a long grid. */
    public Table grid(double from, double to) {
        List<GramReverse.Point> points = points().stream()
                .filter(p -> p.size() >= from - 1e-12 && p.size() <= to + 1e-12)
                .toList();
        return Table.of(
                label + ": " + result.condition().metric().name() + " by size of '" + result.shock() + "'",
                List.of("size", "metric", "95% interval", "holds"),
                points.size(),
                i -> {
                    GramReverse.Point p = points.get(i);
                    return List.of(
                            Formats.percent(p.size(), 2),
                            metric(p.metric().value()),
                            Double.isNaN(p.metric().low())
                                    ? "n/a"
                                    : metric(p.metric().low()) + " to "
                                            + metric(p.metric().high()),
                            p.holds() ? "yes" : "no");
                });
    }

    /** The grid's points in order of size. */
    private List<GramReverse.Point> points() {
        return result.grid().stream()
                .sorted(Comparator.comparingDouble(GramReverse.Point::size))
                .toList();
    }

    /**
     * The metric against the shock's size: the line through the grid, its 95% band, the condition's
     * threshold dashed and each crossing marked.
     */
    public Chart chart() {
        Condition condition = result.condition();
        YIntervalSeries series =
                new YIntervalSeries(label + ": " + condition.metric().name() + " (95% band)");
        for (GramReverse.Point p : points()) {
            double low = Double.isNaN(p.metric().low())
                    ? p.metric().value()
                    : p.metric().low();
            double high = Double.isNaN(p.metric().high())
                    ? p.metric().value()
                    : p.metric().high();
            series.add(100 * p.size(), p.metric().value(), low, high);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        Color blue = new Color(31, 119, 180);
        renderer.setSeriesPaint(0, blue);
        renderer.setSeriesFillPaint(0, new Color(31, 119, 180, 60));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setAlpha(1f);
        NumberAxis sizes = new NumberAxis("size of '" + result.shock() + "' (%)");
        NumberAxis values = new NumberAxis(condition.metric().name());
        if (condition.metric().isShare()) {
            values.setNumberFormatOverride(new DecimalFormat("0%"));
        }
        XYPlot plot = new XYPlot(dataset, sizes, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker threshold = new ValueMarker(
                condition.threshold(),
                Color.DARK_GRAY,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        threshold.setLabel("threshold " + metric(condition.threshold()));
        threshold.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        threshold.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(threshold);
        StringBuilder description = new StringBuilder(String.format(
                Locale.ROOT,
                "%s against the size of '%s' (%d runs of the same paths); threshold %s%n",
                condition.metric().name(),
                result.shock(),
                result.runs(),
                metric(condition.threshold())));
        Color orange = new Color(255, 127, 14);
        for (int i = 0; i < result.crossings().size(); i++) {
            Crossing c = result.crossings().get(i);
            ValueMarker marker = new ValueMarker(100 * c.size(), orange, new BasicStroke(1.5f));
            marker.setLabel((c.starts() ? "starts " : "stops ") + Formats.percent(c.size(), 1));
            // Alternate labels between the top and the bottom, so close crossings stay readable.
            marker.setLabelAnchor(i % 2 == 0 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(i % 2 == 0 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(marker);
            description.append(String.format(
                    Locale.ROOT,
                    "  the condition %s at a %s shock (metric %s)%n",
                    c.starts() ? "starts holding" : "stops holding",
                    Formats.percent(c.size(), 2),
                    metric(c.metricAtSize())));
        }
        JFreeChart chart =
                new JFreeChart(condition.metric().name() + " by shock size", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = chart.createBufferedImage(FanChart.WIDTH, FanChart.HEIGHT);
        try {
            return new Chart(description.toString(), ChartUtils.encodeAsPNG(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG: " + e.getMessage(), e);
        }
    }

    private String metric(double value) {
        return result.condition().metric().isShare()
                ? Formats.percent(value, 1)
                : String.format(Locale.ROOT, "%.4g", value);
    }

    private String describe(Condition condition) {
        return condition.metric().name() + " " + condition.op() + " " + metric(condition.threshold());
    }

    private String heading() {
        String answer = result.breakingSize()
                .map(size -> "the condition first holds at a " + Formats.percent(size, 2) + " shock")
                .orElse("the condition holds at no size scanned");
        return String.format(
                Locale.ROOT,
                "%s: %s; %d runs of the same paths, %d crossing%s",
                label,
                answer,
                result.runs(),
                result.crossings().size(),
                result.crossings().size() == 1 ? "" : "s");
    }

    @Override
    public Optional<String> html() {
        return Optional.of("<div class=\"gram-reverse\">\n<p><b>" + Html.escape(heading()) + "</b></p>\n"
                + crossingsTable().html().orElseThrow() + "</div>\n");
    }

    @Override
    public String text() {
        return heading() + "\n\n" + crossingsTable().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
