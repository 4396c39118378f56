package io.gramkit.golddata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A fitted model: estimates with standard errors, the log-likelihood and AIC, and the gold block
 * a scenario can use.
 *
 * @param returns    log returns the fit used
 * @param parameters number of estimated parameters (for AIC)
 * @param notes      what the user should know about the fit (persistence, frequency caveats)
 */
public record Calibration(
        ModelKind model,
        PriceSeries window,
        int returns,
        List<Estimate> estimates,
        double logLikelihood,
        int parameters,
        List<String> notes) {

    public Calibration {
        estimates = List.copyOf(estimates);
        notes = List.copyOf(notes);
    }

    /** Akaike's information criterion, {@code 2k - 2 ln L}. */
    public double aic() {
        return 2 * parameters - 2 * logLikelihood;
    }

    public Estimate estimate(String name) {
        return estimates.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no estimate " + name));
    }

    /** What {@code gram calibrate} prints. */
    public String report() {
        Frequency f = window.frequency();
        StringBuilder out = new StringBuilder();
        out.append("Calibration of ")
                .append(model.keyword())
                .append(" to ")
                .append(window.name())
                .append('\n');
        out.append(String.format(
                Locale.ROOT,
                "  window          %s: %,d prices, %,d %s log returns%n",
                window.range(),
                window.size(),
                returns,
                f.name()));
        out.append(String.format(
                Locale.ROOT,
                "  annualisation   P = %s observations a year (%s): drifts x P,"
                        + " volatilities x sqrt(P), jumps x P%n",
                number(f.periodsPerYear(), 6),
                f.observed() ? "counted in the file" : f.name()));
        out.append("  method          maximum likelihood")
                .append(model == ModelKind.GBM ? " (closed form)" : " (Nelder-Mead, Commons Math)")
                .append("; standard errors from the inverse Hessian\n\n");
        out.append(String.format(
                Locale.ROOT, "  %-12s %14s %14s   %s%n", "parameter", "estimate", "std. error", "meaning"));
        for (Estimate e : estimates) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-12s %14s %14s   %s%n",
                    e.name(),
                    shown(e.value(), e.percent()),
                    Double.isNaN(e.standardError()) ? "n/a" : shown(e.standardError(), e.percent()),
                    e.description()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%n  log-likelihood  %.3f%n  AIC             %.3f (%d parameters)%n",
                logLikelihood,
                aic(),
                parameters));
        for (String note : notes) {
            out.append("  note: ").append(note).append('\n');
        }
        return out.toString();
    }

    /** The model statement: {@code model gbm drift 7.93% vol 16.2%}. */
    public String modelStatement() {
        StringBuilder line = new StringBuilder("model ").append(model.keyword());
        switch (model) {
            case GBM ->
                line.append(" drift ").append(written("drift")).append(" vol ").append(written("vol"));
            case STUDENT_T ->
                line.append(" drift ")
                        .append(written("drift"))
                        .append(" vol ")
                        .append(written("vol"))
                        .append(" df ")
                        .append(written("df"));
            case JUMP_DIFFUSION ->
                line.append(" drift ")
                        .append(written("drift"))
                        .append(" vol ")
                        .append(written("vol"))
                        .append(" jumps ")
                        .append(written("jumps"))
                        .append(" per year mean ")
                        .append(written("mean"))
                        .append(" dispersion ")
                        .append(written("dispersion"));
            case GARCH -> {
                String alpha = written("alpha");
                BigDecimal beta = new BigDecimal(written("beta"));
                // The written numbers must keep alpha + beta below 1, as the fitted ones are.
                while (new BigDecimal(alpha).add(beta).compareTo(BigDecimal.ONE) >= 0) {
                    beta = beta.subtract(BigDecimal.ONE.movePointLeft(beta.scale()));
                }
                line.append(" drift ")
                        .append(written("drift"))
                        .append(" vol ")
                        .append(written("vol"))
                        .append(" alpha ")
                        .append(alpha)
                        .append(" beta ")
                        .append(beta.toPlainString());
            }
        }
        return line.toString();
    }

    /**
     * The gold block for a scenario, with a header comment saying where it came from. It states the
     * spot (the window's last price) only when the file's unit is known.
     */
    public String goldBlock() {
        StringBuilder out = new StringBuilder();
        out.append("// Calibrated by 'gram calibrate --model ")
                .append(model.keyword())
                .append("' from ")
                .append(window.name())
                .append(", ")
                .append(window.range())
                .append(String.format(
                        Locale.ROOT,
                        " (%,d %s returns, %s observations a year).%n",
                        returns,
                        window.frequency().name(),
                        number(window.frequency().periodsPerYear(), 6)));
        out.append(String.format(
                Locale.ROOT,
                "// Maximum likelihood: log-likelihood %.3f, AIC %.3f. Standard errors:",
                logLikelihood,
                aic()));
        for (int i = 0; i < estimates.size(); i++) {
            Estimate e = estimates.get(i);
            out.append(' ')
                    .append(e.name())
                    .append(' ')
                    .append(Double.isNaN(e.standardError()) ? "n/a" : shown(e.standardError(), e.percent()));
            out.append(i == estimates.size() - 1 ? ".\n" : ",");
        }
        for (String note : notes) {
            out.append("// Note: ").append(note).append(".\n");
        }
        out.append("gold {\n");
        if (window.unit().isPresent()) {
            out.append("  spot ")
                    .append(number(window.price(window.size() - 1), 10))
                    .append(' ')
                    .append(window.unit().get().symbol())
                    .append("   // the last price, ")
                    .append(window.precision().format(window.lastDate()))
                    .append('\n');
        } else {
            out.append("  // spot: the file does not state its unit; add 'spot <price> USD/oz' (or USD/g)\n");
        }
        out.append("  ").append(modelStatement()).append('\n');
        out.append("}\n");
        return out.toString();
    }

    /** Writes {@link #goldBlock()} to {@code file}. */
    public void writeGoldBlock(Path file) throws IOException {
        Files.writeString(file, goldBlock(), StandardCharsets.UTF_8);
    }

    /** An estimate as a scenario writes it: 4 significant digits, a percentage where it is one. */
    private String written(String name) {
        Estimate e = estimate(name);
        double value = e.percent() ? e.value() * 100 : e.value();
        return number(value, 4) + (e.percent() ? "%" : "");
    }

    private static String shown(double value, boolean percent) {
        return percent ? number(value * 100, 4) + "%" : number(value, 4);
    }

    /** {@code digits} significant digits, plain (no exponent, as the language has none). */
    static String number(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
