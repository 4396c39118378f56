package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceSpan;
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

    /**
     * How one fitted parameter carries over to the scenario's step of one calendar day.
     *
     * @param defensible whether the daily step can use it as mapped (false: a warning C104)
     * @param daily      the value a daily step uses, where a mapping exists (NaN otherwise)
     */
    public record DailyMapping(String parameter, String how, boolean defensible, double daily) {}

    /** Calendar days one observation spans: 365/P (30.4 for monthly data). */
    public double daysPerObservation() {
        return 365.0 / window.frequency().periodsPerYear();
    }

    private boolean daily() {
        return window.frequency().name().equals("daily");
    }

    /**
     * Each parameter's mapping to a daily step, for data observed less often than daily (empty for
     * daily data). Annual drift and volatility carry over when returns are independent (variances
     * add); jump intensity scales with time; Student-t tails, jump sizes and GARCH's alpha and beta
     * do not carry over defensibly. Reasons in docs/gold-models.md#frequency.
     */
    public List<DailyMapping> dailyMapping() {
        if (daily()) {
            return List.of();
        }
        String per = window.frequency().name().replace("ly", "");
        per = per.equals("dai") ? "day" : per;
        double h = daysPerObservation();
        List<DailyMapping> out = new java.util.ArrayList<>();
        for (Estimate e : estimates) {
            switch (e.name()) {
                case "drift", "vol" ->
                    out.add(new DailyMapping(
                            e.name(),
                            "annual; returns that are independent add up (so do their variances), so a daily step"
                                    + " uses the same annual value",
                            true,
                            e.value()));
                case "jumps" ->
                    out.add(new DailyMapping(
                            e.name(),
                            "jumps a year; a Poisson intensity scales with time, so a daily step uses the same"
                                    + " annual rate",
                            true,
                            e.value()));
                case "mean", "dispersion" ->
                    out.add(new DailyMapping(
                            e.name(),
                            String.format(
                                    Locale.ROOT,
                                    "a jump's size does not depend on the step in the model, but %sly returns"
                                            + " hardly tell a jump from a %s of diffusion (standard error %s):"
                                            + " kept as fitted, not identified",
                                    per,
                                    per,
                                    Double.isNaN(e.standardError()) ? "n/a" : shown(e.standardError(), e.percent())),
                            false,
                            e.value()));
                case "df" -> {
                    double nu = e.value();
                    // Excess kurtosis 6/(nu - 4) of one observation is h times that of a day for
                    // independent days, so a day's nu is 4 + (nu - 4)/h: moment-matched, not a tail fit.
                    double matched = nu > 4 ? 4 + (nu - 4) / h : Double.NaN;
                    out.add(new DailyMapping(
                            e.name(),
                            String.format(
                                    Locale.ROOT,
                                    "tails of %sly returns; sums of Student-t variables are not Student-t, so %sly"
                                            + " data do not identify a daily df%s",
                                    per,
                                    per,
                                    nu > 4
                                            ? String.format(
                                                    Locale.ROOT,
                                                    "; matching kurtosis (6/(df - 4) is %.1f times larger for a"
                                                            + " day) gives %s",
                                                    h,
                                                    number(matched, 4))
                                            : "; with df <= 4 the kurtosis is infinite and cannot be matched"),
                            false,
                            matched));
                }
                case "alpha", "beta" ->
                    out.add(new DailyMapping(
                            e.name(),
                            String.format(
                                    Locale.ROOT,
                                    "per %s; GARCH is not closed under aggregation (Drost and Nijman, 1993): %sly"
                                            + " data do not identify daily alpha and beta (keeping the half-life in"
                                            + " calendar time alone gives alpha + beta = %s a day)",
                                    per,
                                    per,
                                    number(
                                            Math.pow(
                                                    estimate("alpha").value()
                                                            + estimate("beta").value(),
                                                    1 / h),
                                            4)),
                            false,
                            Double.NaN));
                default -> {}
            }
        }
        return out;
    }

    /** A warning (C104) for each parameter whose daily mapping is not defensible. */
    public List<Diagnostic> frequencyWarnings() {
        return dailyMapping().stream()
                .filter(m -> !m.defensible())
                .map(m -> DataCode.NOT_DAILY.warningAt(
                        SourceSpan.of(window.source()),
                        model.keyword() + " " + m.parameter() + " fitted to "
                                + window.frequency().name() + " data: " + m.how()))
                .toList();
    }

    /**
     * The model statement for a daily step: annual drift, volatility and jump rate as fitted, a
     * Student-t df matched by kurtosis, jump sizes as fitted; GARCH has none.
     *
     * @throws InputException C103 for GARCH on non-daily data, or a Student-t df of 4 or less
     */
    public String dailyEquivalentStatement() {
        if (daily()) {
            return modelStatement();
        }
        String why = null;
        if (model == ModelKind.GARCH) {
            why = "garch fitted to " + window.frequency().name() + " data has no defensible daily alpha and beta"
                    + " (GARCH is not closed under aggregation); fit daily data, or use the per-"
                    + window.frequency().name() + " values knowingly without --daily-equivalent";
        } else if (model == ModelKind.STUDENT_T && !(estimate("df").value() > 4)) {
            why = "a df of " + number(estimate("df").value(), 4)
                    + " has infinite kurtosis, which a daily df cannot match; fit daily data";
        }
        if (why != null) {
            throw new InputException(
                    Diagnostic.error(DataCode.NO_DAILY_EQUIVALENT, SourceSpan.of(window.source()), why));
        }
        if (model == ModelKind.STUDENT_T) {
            double matched = dailyMapping().stream()
                    .filter(m -> m.parameter().equals("df"))
                    .findFirst()
                    .orElseThrow()
                    .daily();
            return "model student-t drift " + written("drift") + " vol " + written("vol") + " df " + number(matched, 4);
        }
        return modelStatement();
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
        List<DailyMapping> mapping = dailyMapping();
        if (!mapping.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n  daily step      a scenario steps one calendar day; one %s observation spans %.1f days%n",
                    window.frequency().name(),
                    daysPerObservation()));
            for (DailyMapping m : mapping) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-12s %s %s%n",
                        m.parameter(),
                        m.defensible() ? "maps:    " : "WARNING: ",
                        m.how()));
            }
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
        return goldBlock(false);
    }

    /** The gold block, with the daily-equivalent model statement when asked ({@link #dailyEquivalentStatement}). */
    public String goldBlock(boolean dailyEquivalent) {
        String statement = dailyEquivalent ? dailyEquivalentStatement() : modelStatement();
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
        if (dailyEquivalent && !daily()) {
            out.append("// Daily equivalent (--daily-equivalent): annual drift, volatility and jump rate as fitted");
            out.append(model == ModelKind.STUDENT_T ? "; df matched by kurtosis, not a tail fit" : "");
            out.append(model == ModelKind.JUMP_DIFFUSION ? "; jump sizes as fitted, hardly identified" : "");
            out.append(".\n");
        }
        for (Diagnostic w : frequencyWarnings()) {
            out.append("// Warning [C104]: ")
                    .append(w.message().replace("\n", " "))
                    .append(".\n");
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
        out.append("  ").append(statement).append('\n');
        out.append("}\n");
        return out.toString();
    }

    /** Writes {@link #goldBlock()} to {@code file}. */
    public void writeGoldBlock(Path file) throws IOException {
        writeGoldBlock(file, false);
    }

    /** Writes {@link #goldBlock(boolean)} to {@code file}. */
    public void writeGoldBlock(Path file, boolean dailyEquivalent) throws IOException {
        Files.writeString(file, goldBlock(dailyEquivalent), StandardCharsets.UTF_8);
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
