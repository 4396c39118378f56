package io.gramkit.analysis;

import io.gramkit.interpreter.RuleChanges;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, rendered in-process to PNG and returned base64-encoded so that the HTML
 * file carries them inline. Runs headless: no display is needed.
 */
public final class Charts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 420;
    private static final Color BAND = new Color(31, 119, 180);
    /**
     * The daily-shares lines (discount above 0.5%, 1%, 3%; coverage below 100%): Okabe-Ito blue,
     * vermillion and a purple, then black; each has a contrast of at least 3:1 on white.
     */
    static final Color[] LINES = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(117, 112, 179), Color.BLACK};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** A fan chart: the median, the 25-75% band and the 5-95% band of a quantity by day. */
    public static String fan(DailyBands bands, String quantity, String title, String axis, double scale) {
        YIntervalSeries outer = new YIntervalSeries("5% to 95% of paths");
        YIntervalSeries inner = new YIntervalSeries("25% to 75% (line: median)");
        for (int day = 0; day < bands.days(); day++) {
            double[] b = bands.band(quantity, day);
            outer.add(day, scale * b[2], scale * b[0], scale * b[4]);
            inner.add(day, scale * b[2], scale * b[1], scale * b[3]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        JFreeChart chart =
                ChartFactory.createXYLineChart(title, "day", axis, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, BAND);
            renderer.setSeriesFillPaint(s, BAND);
            renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        }
        renderer.setAlpha(0.25f);
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        style(chart);
        return png(chart);
    }

    /** Per day, the share of paths beyond each discount level and below full coverage, in percent. */
    public static String dailyShares(DailyShares shares) {
        return png(dailySharesChart(shares));
    }

    static JFreeChart dailySharesChart(DailyShares shares) {
        String[] names = {"discount above 0.5%", "discount above 1%", "discount above 3%", "coverage below 100%"};
        org.jfree.data.xy.XYSeriesCollection data = new org.jfree.data.xy.XYSeriesCollection();
        for (int k = 0; k < names.length; k++) {
            org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries(names[k]);
            for (int day = 0; day < shares.days(); day++) {
                series.add(day, 100 * shares.share(day, k).value());
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Share of paths off peg or under-covered, by day",
                "day",
                "% of paths",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        // JFreeChart's default fourth colour is a pale yellow, nearly invisible on white: lines of
        // their own colours, each dark enough to read on white, and thick enough to tell apart.
        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        for (int k = 0; k < LINES.length; k++) {
            renderer.setSeriesPaint(k, LINES[k]);
            renderer.setSeriesStroke(k, new BasicStroke(k == LINES.length - 1 ? 2.5f : 2f));
        }
        style(chart);
        return chart;
    }

    /** A histogram of one value per path. */
    public static String histogram(double[] values, String title, String axis, int bins) {
        HistogramDataset data = new HistogramDataset();
        data.addSeries("paths", values, bins);
        JFreeChart chart =
                ChartFactory.createHistogram(title, axis, "paths", data, PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().getRenderer().setSeriesPaint(0, BAND);
        style(chart);
        return png(chart);
    }

    /** How many path-days each rule changed a lever. */
    public static String ruleChanges(List<RuleChanges> rules) {
        return png(ruleChangesChart(rules), WIDTH, Math.max(HEIGHT, 120 + 48 * rules.size()));
    }

    static JFreeChart ruleChangesChart(List<RuleChanges> rules) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RuleChanges rule : rules) {
            data.addValue((double) rule.pathDays(), "path-days", rule.rule());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Rule changes (path-days on which each rule changed a lever)",
                null,
                "path-days",
                data,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BAND);
        // Rule names are sentences: up to half the width and three lines each, not cut off at 30%.
        CategoryAxis names = chart.getCategoryPlot().getDomainAxis();
        names.setMaximumCategoryLabelLines(3);
        names.setCategoryLabelPositions(CategoryLabelPositions.replaceLeftPosition(
                CategoryLabelPositions.STANDARD,
                new CategoryLabelPosition(
                        RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT, CategoryLabelWidthType.RANGE, 0.5f)));
        style(chart);
        return chart;
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(250, 250, 250));
    }

    static String png(JFreeChart chart) {
        return png(chart, WIDTH, HEIGHT);
    }

    static String png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        try {
            return Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
