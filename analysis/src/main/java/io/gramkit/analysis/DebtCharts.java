package io.gramkit.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The report's two charts of the debt block, as base64 PNG like {@link Charts}. */
public final class DebtCharts {
    private static final Color BAND = new Color(148, 103, 189);

    private DebtCharts() {}

    /** The collateral ratio's 5-95% and 25-75% bands and median by day, over the paths that owe debt. */
    public static String collateralRatioBands(DebtDaily daily, double liquidationRatio) {
        YIntervalSeries outer = new YIntervalSeries("5% to 95% of paths with debt");
        YIntervalSeries inner = new YIntervalSeries("25% to 75% (line: median)");
        for (int day = 0; day < daily.days(); day++) {
            double median = daily.value(day, "collateral_ratio_q50");
            if (Double.isNaN(median)) {
                continue;
            }
            outer.add(
                    day,
                    100 * median,
                    100 * daily.value(day, "collateral_ratio_q05"),
                    100 * daily.value(day, "collateral_ratio_q95"));
            inner.add(
                    day,
                    100 * median,
                    100 * daily.value(day, "collateral_ratio_q25"),
                    100 * daily.value(day, "collateral_ratio_q75"));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Collateral ratio of the dollar's vaults (at the oracle's price), by day; line at the liquidation ratio",
                "day",
                "collateral ratio, %",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, BAND);
            renderer.setSeriesFillPaint(s, BAND);
            renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        }
        renderer.setAlpha(0.25f);
        plot.setRenderer(renderer);
        plot.addRangeMarker(
                new org.jfree.chart.plot.ValueMarker(100 * liquidationRatio, Color.RED, new BasicStroke(1f)));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        Charts.style(chart);
        return Charts.png(chart);
    }

    /** Bad debt so far by day: the mean and the 50%, 95% and 99% quantiles across paths. */
    public static String badDebt(DebtDaily daily, String currency) {
        XYSeriesCollection data = new XYSeriesCollection();
        String[] columns = {"bad_debt_q99", "bad_debt_q95", "bad_debt_mean", "bad_debt_q50"};
        String[] labels = {"99% of paths at or below", "95% of paths at or below", "mean", "median"};
        for (int k = 0; k < columns.length; k++) {
            String column = columns[k];
            XYSeries series = new XYSeries(labels[k]);
            for (int day = 0; day < daily.days(); day++) {
                series.add(day, daily.value(day, column));
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Bad debt so far across paths, by day",
                "day",
                "bad debt, " + currency,
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        Charts.style(chart);
        return Charts.png(chart);
    }
}
