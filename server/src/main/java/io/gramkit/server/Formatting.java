package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.format.ScenarioFormatter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/format}: a scenario's canonical text, as {@code gram fmt --stdout} prints it.
 * Text that does not parse is a 400 with the parser's diagnostics.
 */
final class Formatting {
    private static final Set<String> FIELDS = Set.of("scenario", "name");

    private Formatting() {}

    static Map<String, Object> format(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body is not JSON"));
        }
        if (root == null || !root.isObject() || !root.path("scenario").isTextual()) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request(
                    "the body must be a JSON object with the scenario's text in 'scenario'"));
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new BadRequest(ServiceCode.BAD_SETTING.request(
                        "unknown field '" + field.getKey() + "'; expected one of: name, scenario"));
            }
        }
        String name = root.path("name").isTextual() ? root.get("name").textValue() : Submission.DEFAULT_NAME;
        try {
            String formatted = ScenarioFormatter.format(
                    new SourceFile(name, root.get("scenario").textValue()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("name", name);
            answer.put("scenario", formatted);
            return answer;
        } catch (InputException e) {
            throw new BadRequest(e.diagnostics());
        }
    }
}
