package io.gramkit.notebook;

import io.gramkit.analysis.DailyBands;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts of a quantity's daily bands: the median as a line, the 25-75% band dark and the
 * 5-95% band light; one fan per run, so two policies on the same paths can be laid over each other.
 */
final class FanChart {
    static final int WIDTH = 820;
    static final int HEIGHT = 420;
    /** Blue for the first run, orange for the second: distinguishable for most colour-blind readers. */
    private static final List<Color> COLOURS =
            List.of(new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(148, 103, 189));

    /** One run's bands and the label the legend gives them. */
    record Fan(String label, DailyBands bands) {}

    private FanChart() {}

    /** The fans of {@code quantity} on days {@code firstDay .. lastDay} (clipped to the days run). */
    static Chart of(String quantity, List<Fan> fans, int firstDay, int lastDay) {
        if (!DailyBands.QUANTITIES.contains(quantity)) {
            throw new IllegalArgumentException("no quantity '" + quantity + "'; quantities: " + DailyBands.QUANTITIES);
        }
        if (firstDay < 0 || lastDay <= firstDay) {
            throw new IllegalArgumentException("days " + firstDay + " to " + lastDay + " are not a range of days");
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        StringBuilder description = new StringBuilder(
                "Fan chart of " + Formats.label(quantity) + " by day: median, 25-75% and 5-95% across paths\n");
        for (int f = 0; f < fans.size(); f++) {
            Fan fan = fans.get(f);
            YIntervalSeries outer = new YIntervalSeries(fan.label() + ": 5-95%");
            YIntervalSeries inner = new YIntervalSeries(fan.label() + ": median, 25-75%");
            DailyBands bands = fan.bands();
            int last = Math.min(lastDay, bands.days() - 1);
            for (int day = firstDay; day <= last; day++) {
                double[] band = bands.band(quantity, day);
                outer.add(day, band[2], band[0], band[4]);
                inner.add(day, band[2], band[1], band[3]);
            }
            Color colour = COLOURS.get(f % COLOURS.size());
            int series = dataset.getSeriesCount();
            dataset.addSeries(outer);
            dataset.addSeries(inner);
            // The outer series draws only its band (a transparent line); the inner one the median.
            renderer.setSeriesPaint(series, new Color(0, 0, 0, 0));
            renderer.setSeriesFillPaint(series, withAlpha(colour, 50));
            renderer.setSeriesPaint(series + 1, colour);
            renderer.setSeriesFillPaint(series + 1, withAlpha(colour, 110));
            renderer.setSeriesStroke(series + 1, new BasicStroke(2f));
            double[] end = bands.band(quantity, last);
            description.append(String.format(
                    Locale.ROOT,
                    "  %s, day %d: 5%% %s, median %s, 95%% %s%n",
                    fan.label(),
                    last,
                    Formats.quantity(quantity, end[0]),
                    Formats.quantity(quantity, end[2]),
                    Formats.quantity(quantity, end[4])));
        }
        renderer.setAlpha(1f); // transparency comes from the fill colours, so overlaid fans stay readable

        NumberAxis days = new NumberAxis("day");
        days.setAutoRangeIncludesZero(firstDay == 0);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis values = new NumberAxis(Formats.label(quantity));
        values.setAutoRangeIncludesZero(false);
        if (quantity.equals("discount")) {
            values.setNumberFormatOverride(new DecimalFormat("0.0#%"));
        }
        XYPlot plot = new XYPlot(dataset, days, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String name = Character.toUpperCase(quantity.charAt(0)) + quantity.substring(1);
        String title = firstDay > 0 || lastDay < Integer.MAX_VALUE
                ? name + ", days " + firstDay + " to " + lastDay
                : name + " by day";
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try {
            return new Chart(description.toString(), ChartUtils.encodeAsPNG(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG: " + e.getMessage(), e);
        }
    }

    private static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
