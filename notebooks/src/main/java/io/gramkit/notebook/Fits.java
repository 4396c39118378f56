package io.gramkit.notebook;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gold models fitted to one window by maximum likelihood ({@link GoldData#fit}): each parameter
 * with its standard error, and each model's log-likelihood and AIC (lower is better, same window).
 */
public final class Fits implements Displayable {
    private final List<Calibration> fits;
    private final List<Diagnostic> warnings;

    Fits(List<Calibration> fits, List<Diagnostic> warnings) {
        this.fits = List.copyOf(fits);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * What {@code gram calibrate} warns about for these fits: stale prices accepted (D218, D219),
     * averaged returns (D220), outliers (D221), and each parameter whose mapping from the data's
     * frequency to the daily step is not defensible (C104).
     */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The warnings as {@code [CODE] message} lines, for printing. */
    public List<String> warningLines() {
        return warnings.stream()
                .map(w -> "[" + w.code().code() + "] " + w.message().replace("\n", " "))
                .toList();
    }

    /** The fit of {@code model} ({@code gbm}, {@code student-t}, ...): the kit's {@link Calibration}. */
    public Calibration get(String model) {
        return fits.stream()
                .filter(f -> f.model().keyword().equals(model))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fit of '" + model + "'; fitted: "
                        + fits.stream().map(f -> f.model().keyword()).toList()));
    }

    /** A fitted parameter's value ({@code vol} 0.162 is 16.2%). */
    public double value(String model, String parameter) {
        return get(model).estimate(parameter).value();
    }

    /**
     * The scenario's {@code model} line for {@code model} with the fitted parameters but drift 0%,
     * so only the shape and size of gold's moves change, not their trend: for
     * {@code scenario.replace("model gbm drift 0% vol 18%", fits.modelLine("gbm"))}.
     */
    public String modelLine(String model) {
        String statement = get(model).modelStatement();
        return statement.replaceFirst(" drift [^ ]+", " drift 0%");
    }

    /** One row per parameter: estimate, standard error and meaning. */
    public Table parameters() {
        List<List<String>> rows = new ArrayList<>();
        for (Calibration fit : fits) {
            for (Estimate e : fit.estimates()) {
                rows.add(List.of(
                        fit.model().keyword(),
                        e.name(),
                        shown(e.value(), e.percent()),
                        Double.isNaN(e.standardError()) ? "n/a" : shown(e.standardError(), e.percent()),
                        e.description()));
            }
        }
        return Table.of(
                "Fitted parameters (maximum likelihood; standard errors from the inverse Hessian)",
                List.of("model", "parameter", "estimate", "std. error", "meaning"),
                rows);
    }

    /** One row per model: returns used, log-likelihood, AIC and the fit's notes. */
    public Table models() {
        double best = fits.stream().mapToDouble(Calibration::aic).min().orElse(Double.NaN);
        List<List<String>> rows = new ArrayList<>();
        for (Calibration fit : fits) {
            rows.add(List.of(
                    fit.model().keyword(),
                    Formats.count(fit.returns()),
                    String.format(Locale.ROOT, "%.1f", fit.logLikelihood()),
                    String.format(Locale.ROOT, "%.1f", fit.aic()),
                    String.format(Locale.ROOT, "%.1f", fit.aic() - best),
                    String.join("; ", fit.notes())));
        }
        Calibration first = fits.get(0);
        return Table.of(
                "Model fit on " + first.window().name() + ", " + first.window().range(),
                List.of("model", "returns", "log-likelihood", "AIC", "AIC - best", "notes"),
                rows);
    }

    private static String shown(double value, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.4g", value);
    }

    @Override
    public Optional<String> html() {
        StringBuilder notes = new StringBuilder();
        if (!warnings.isEmpty()) {
            notes.append("<ul class=\"gram-warnings\">\n");
            for (String line : warningLines()) {
                notes.append("<li>warning ").append(Html.escape(line)).append("</li>\n");
            }
            notes.append("</ul>\n");
        }
        return Optional.of("<div class=\"gram-fits\">\n" + parameters().html().orElseThrow()
                + models().html().orElseThrow() + notes + "</div>\n");
    }

    @Override
    public String text() {
        StringBuilder notes = new StringBuilder();
        for (String line : warningLines()) {
            notes.append("warning ").append(line).append('\n');
        }
        return parameters().text() + "\n" + models().text() + (notes.length() == 0 ? "" : "\n" + notes);
    }

    @Override
    public String toString() {
        return text();
    }
}
