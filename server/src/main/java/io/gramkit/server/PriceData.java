package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Calibrator;
import io.gramkit.golddata.DataCode;
import io.gramkit.golddata.DataQuality;
import io.gramkit.golddata.DatePrecision;
import io.gramkit.golddata.Inspection;
import io.gramkit.golddata.ModelKind;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import io.gramkit.golddata.PriceUnit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/data/inspect} and {@code POST /api/v1/calibrate}: {@code gram data inspect}
 * and {@code gram calibrate} on a price file the request uploads (its text, within the body limit).
 * Problems of the file are the kit's D codes with the file's line, as the command line prints
 * them; a window with stale prices is refused (400, D218/D219) unless the request accepts them,
 * as {@code --accept} does. Both answer in the request: a fit is quick next to a run.
 */
final class PriceData {
    private static final Set<String> COMMON = Set.of("name", "text", "unit", "column");
    private static final Set<String> CALIBRATE =
            Set.of("name", "text", "unit", "column", "model", "from", "to", "accept", "daily_equivalent");
    private static final String PLAIN_CSV = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(csv|txt)";

    private PriceData() {}

    /** {@code gram data inspect}: rows, range, frequency, gaps, duplicates; findings with their lines. */
    static Map<String, Object> inspect(byte[] body) {
        JsonNode root = object(body, COMMON);
        PriceFile file = read(root);
        Inspection inspection = file.inspect();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", file.source().name());
        answer.put("rows", file.rows().size());
        answer.put("clean_rows", inspection.cleanRows());
        answer.put("report", inspection.report());
        answer.put("findings", DiagnosticJson.of(inspection.findings()));
        return answer;
    }

    /** {@code gram calibrate}: a gold model fitted to the file, with its report and its gold block. */
    static Map<String, Object> calibrate(byte[] body) {
        JsonNode root = object(body, CALIBRATE);
        List<Diagnostic> problems = new ArrayList<>();
        String modelName = root.path("model").asText("");
        Optional<ModelKind> kind = ModelKind.of(modelName);
        if (kind.isEmpty()) {
            problems.add(ServiceCode.BAD_SETTING.request(
                    "'model' must be one of gbm, student-t, jump-diffusion, garch; got '" + modelName + "'"));
        }
        Optional<LocalDate> from = date(root, "from", true, problems);
        Optional<LocalDate> to = date(root, "to", false, problems);
        Set<DataCode> accepted = EnumSet.noneOf(DataCode.class);
        JsonNode accept = root.path("accept");
        if (!accept.isMissingNode() && !accept.isNull()) {
            if (!accept.isArray()) {
                problems.add(ServiceCode.BAD_SETTING.request("'accept' must be a list of codes: D218, D219"));
            } else {
                for (JsonNode code : accept) {
                    String c = code.asText("").trim().toUpperCase(Locale.ROOT);
                    if (c.equals(DataCode.REPEATED_PRICES.code())) {
                        accepted.add(DataCode.REPEATED_PRICES);
                    } else if (c.equals(DataCode.ZERO_RETURNS.code())) {
                        accepted.add(DataCode.ZERO_RETURNS);
                    } else {
                        problems.add(ServiceCode.BAD_SETTING.request("'accept' takes D218 (repeated prices) or D219"
                                + " (zero-return clusters), not " + code));
                    }
                }
            }
        }
        JsonNode daily = root.path("daily_equivalent");
        if (!daily.isMissingNode() && !daily.isBoolean()) {
            problems.add(ServiceCode.BAD_SETTING.request("'daily_equivalent' must be true or false"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        PriceFile file = read(root);
        try {
            PriceSeries series = file.series();
            PriceSeries window = series.between(from, to)
                    .orElseThrow(() -> new BadRequest(ServiceCode.BAD_SETTING.request("fewer than 2 prices in "
                            + file.source().name() + " between 'from' and 'to'; the file holds " + series.range())));
            List<Diagnostic> warnings = new ArrayList<>(DataQuality.gate(series, window, accepted));
            Calibration fit = Calibrator.fit(window, kind.get());
            boolean dailyEquivalent = daily.asBoolean(false);
            String block = fit.goldBlock(dailyEquivalent);
            warnings.addAll(fit.frequencyWarnings());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("name", file.source().name());
            answer.put("model", kind.get().keyword());
            answer.put("gold_block", block);
            answer.put("report", fit.report());
            answer.put("warnings", DiagnosticJson.of(warnings));
            return answer;
        } catch (InputException e) {
            throw new BadRequest(e.diagnostics());
        }
    }

    private static PriceFile read(JsonNode root) {
        List<Diagnostic> problems = new ArrayList<>();
        String name = root.path("name").asText("prices.csv");
        if (!name.matches(PLAIN_CSV)) {
            problems.add(ServiceCode.BAD_FILE_NAME.request(
                    "'name' must be a plain file name ending in .csv or .txt, got '" + name + "'"));
        }
        if (!root.path("text").isTextual()) {
            problems.add(ServiceCode.BAD_SETTING.request("'text' is required: the price file's text"));
        }
        Optional<PriceUnit> unit = Optional.empty();
        if (root.hasNonNull("unit")) {
            unit = PriceUnit.ofFlag(root.get("unit").asText());
            if (unit.isEmpty()) {
                problems.add(ServiceCode.BAD_SETTING.request(
                        "'unit' must be usd-per-oz or usd-per-g, got " + root.get("unit")));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        Optional<String> column =
                root.hasNonNull("column") ? Optional.of(root.get("column").asText()) : Optional.empty();
        try {
            return PriceFile.parse(new SourceFile(name, root.get("text").textValue()), unit, column);
        } catch (InputException e) {
            throw new BadRequest(e.diagnostics());
        }
    }

    private static Optional<LocalDate> date(JsonNode root, String field, boolean start, List<Diagnostic> problems) {
        if (!root.hasNonNull(field)) {
            return Optional.empty();
        }
        String text = root.get(field).asText();
        Optional<LocalDate> date = start ? DatePrecision.periodStart(text) : DatePrecision.periodEnd(text);
        if (date.isEmpty()) {
            problems.add(ServiceCode.BAD_SETTING.request(
                    "'" + field + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, got " + root.get(field)));
        }
        return date;
    }

    private static JsonNode object(byte[] body, Set<String> fields) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body is not JSON"));
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body must be a JSON object"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!fields.contains(field.getKey())) {
                problems.add(ServiceCode.BAD_SETTING.request("unknown field '" + field.getKey() + "'; expected one of: "
                        + String.join(", ", fields.stream().sorted().toList())));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return root;
    }
}
