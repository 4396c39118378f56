package io.gramkit.notebook;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.golddata.Backtest;
import io.gramkit.golddata.CoverageTest;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Rolling out-of-sample backtests of gold models ({@link GoldData#backtest}): per model and level
 * the exceedances of the value-at-risk forecasts against those expected, Kupiec's and
 * Christoffersen's p-values, the traffic-light zone and the expected-shortfall test; a model
 * comparison; and a chart of one model's forecasts against the realised returns.
 */
public final class Backtests implements Displayable {
    private final Backtest backtest;
    private final List<Diagnostic> warnings;

    Backtests(Backtest backtest, List<Diagnostic> warnings) {
        this.backtest = backtest;
        this.warnings = List.copyOf(warnings);
    }

    /** The data-quality warnings of the window backtested (D218-D221), as {@code gram backtest} prints them. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The kit's backtest, for what this facade does not cover ({@code writeHtml}, {@code rows}). */
    public Backtest backtest() {
        return backtest;
    }

    /** One row per model and level: the tests {@code gram backtest} prints. */
    public Table tests() {
        List<List<String>> rows = new ArrayList<>();
        for (Backtest.Result r : backtest.results()) {
            CoverageTest c = r.coverage();
            rows.add(List.of(
                    r.model().keyword(),
                    Formats.percent(r.level(), 0),
                    Formats.count(c.observations()),
                    String.format(Locale.ROOT, "%.1f", c.observations() * c.p()),
                    Formats.count(c.exceedances()),
                    p(c.kupiecP()),
                    p(c.independenceP()),
                    p(c.conditionalP()),
                    c.zone().word(),
                    String.format(Locale.ROOT, "%.2f", r.shortfall().z2()),
                    p(r.shortfall().pValue())));
        }
        return Table.of(
                "Value-at-risk backtest of " + backtest.series().name() + ", "
                        + backtest.series().range() + " (one step ahead; small p-values reject the model)",
                List.of(
                        "model",
                        "level",
                        "forecasts",
                        "expected exceedances",
                        "exceedances",
                        "Kupiec p",
                        "independence p",
                        "conditional p",
                        "zone",
                        "ES Z2",
                        "ES p"),
                rows);
    }

    /** One row per model: AIC of a fit to the forecast period, log score of the one-step forecasts. */
    public Table comparison() {
        List<List<String>> rows = new ArrayList<>();
        for (Backtest.Comparison c : backtest.comparison()) {
            rows.add(List.of(
                    c.model().keyword(),
                    String.format(Locale.ROOT, "%.1f", c.aic()),
                    String.format(Locale.ROOT, "%.1f", c.logScore()),
                    Formats.count(c.forecasts()),
                    Formats.count(c.failedFits())));
        }
        return Table.of(
                "Model comparison (AIC: lower is better; log score: higher is better)",
                List.of("model", "AIC", "log score", "forecasts", "failed fits"),
                rows);
    }

    /** Exceedances of {@code model}'s value at risk at {@code level} (0.99 for 99%). */
    public int exceedances(String model, double level) {
        return result(model, level).coverage().exceedances();
    }

    /** Kupiec's p-value for {@code model} at {@code level}. */
    public double kupiecP(String model, double level) {
        return result(model, level).coverage().kupiecP();
    }

    private Backtest.Result result(String model, double level) {
        return backtest.results().stream()
                .filter(r -> r.model().keyword().equals(model) && Math.abs(r.level() - level) < 1e-9)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no backtest of '" + model + "' at " + level));
    }

    /** The realised returns and {@code model}'s value-at-risk forecast at {@code level}, as a chart. */
    public Chart chart(String model, double level) {
        XYSeries realised = new XYSeries("realised log return");
        XYSeries var = new XYSeries(Formats.percent(level, 0) + " value at risk (as a return)");
        XYSeries hits = new XYSeries("exceedance");
        int i = 0;
        int exceeded = 0;
        for (Backtest.Row row : backtest.rows()) {
            if (!row.model().keyword().equals(model) || Math.abs(row.level() - level) > 1e-9 || row.horizon() != 1) {
                continue;
            }
            realised.add(i, 100 * row.realised());
            var.add(i, -100 * row.var());
            if (row.exceeded()) {
                hits.add(i, 100 * row.realised());
                exceeded++;
            }
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("no forecasts of '" + model + "' at " + level);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(realised);
        data.addSeries(var);
        data.addSeries(hits);
        JFreeChart chart = ChartFactory.createXYLineChart(
                model + ": forecasts against realised returns",
                "forecast (" + backtest.series().frequency().name() + ")",
                "log return, %",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(120, 120, 120));
        renderer.setSeriesStroke(0, new BasicStroke(1f));
        renderer.setSeriesPaint(1, new Color(213, 94, 0));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesPaint(2, new Color(0, 114, 178));
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShapesVisible(2, true);
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(new Color(250, 250, 250));
        BufferedImage image = chart.createBufferedImage(900, 420);
        byte[] png;
        try {
            png = ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String description = String.format(
                Locale.ROOT,
                "%s: %d one-step forecasts of the %s value at risk, %d exceeded (%.1f expected)",
                model,
                i,
                Formats.percent(level, 0),
                exceeded,
                i * (1 - level));
        return new Chart(description, png);
    }

    @Override
    public Optional<String> html() {
        return Optional.of("<div class=\"gram-backtest\">\n" + tests().html().orElseThrow()
                + comparison().html().orElseThrow() + "</div>\n");
    }

    @Override
    public String text() {
        return backtest.report();
    }

    @Override
    public String toString() {
        return text();
    }

    private static String p(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
