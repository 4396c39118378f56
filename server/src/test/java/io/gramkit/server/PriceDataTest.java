package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code data inspect} and {@code calibrate} on an uploaded price file, over real HTTP: the file's
 * problems are D codes at their line, stale prices are refused until accepted, and the body limit
 * holds.
 */
class PriceDataTest {
    private static Path data;
    private static GramServer server;
    private static Client client;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("gram-price-data-test");
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withData(data)
                .withLibrary(Repo.root())
                .withLimits(1, 10, 50_000, 64 * 1024);
        server = GramServer.start(
                config, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        client = new Client(server.port(), server.token());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        Folders.deleteTree(data);
    }

    /**
     * 400 weekdays of a seeded random walk around 1,800 USD/oz, header on line 1; with
     * {@code staleFrom} >= 0, the five prices from that row on are equal (a stale run).
     */
    private static String prices(int staleFrom) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("date,price\n");
        LocalDate day = LocalDate.of(2020, 1, 1);
        double price = 1800;
        for (int row = 0; row < 400; row++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            boolean stale = staleFrom >= 0 && row > staleFrom && row < staleFrom + 5;
            if (!stale) {
                price *= Math.exp(0.01 * random.nextGaussian());
            }
            csv.append(day)
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", price))
                    .append('\n');
            day = day.plusDays(1);
        }
        return csv.toString();
    }

    private static Map<String, Object> file(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "gold.csv");
        body.put("text", text);
        body.put("unit", "usd-per-oz");
        return body;
    }

    @Test
    void inspectReportsTheFileAndItsFindingsAtTheirLines() throws Exception {
        String text = prices(-1).replace("2020-01-15,", "2020-01-14,"); // a date given twice, on line 12
        HttpResponse<String> response = client.post("/api/v1/data/inspect", file(text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = Client.json(response);
        assertThat(answer.get("rows").intValue()).isEqualTo(400);
        assertThat(answer.get("clean_rows").intValue()).isEqualTo(399);
        assertThat(answer.get("report").textValue()).contains("2020-01-01");
        JsonNode duplicate = answer.get("findings").get(0);
        assertThat(duplicate.get("code").textValue()).isEqualTo("D210");
        assertThat(duplicate.get("file").textValue()).isEqualTo("gold.csv");
        assertThat(duplicate.get("line").intValue()).isEqualTo(12);
        assertThat(duplicate.get("severity").textValue()).isEqualTo("warning");
    }

    @Test
    void aFileThatCannotBeReadIs400WithItsDCodeAndLine() throws Exception {
        String text = prices(-1).replace("2020-01-15,", "2020-13-15,");
        HttpResponse<String> response = client.post("/api/v1/data/inspect", file(text));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode bad = Client.json(response).get("diagnostics").get(0);
        assertThat(bad.get("code").textValue()).isEqualTo("D206");
        assertThat(bad.get("file").textValue()).isEqualTo("gold.csv");
        assertThat(bad.get("line").intValue()).isEqualTo(12);
        assertThat(response.body()).doesNotContain("Exception");

        Map<String, Object> badName = file(prices(-1));
        badName.put("name", "../etc/passwd");
        HttpResponse<String> name = client.post("/api/v1/data/inspect", badName);
        assertThat(name.statusCode()).isEqualTo(400);
        assertThat(Client.json(name).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S102");
        HttpResponse<String> unknown = client.post("/api/v1/data/inspect", Map.of("text", "x", "clean", true));
        assertThat(Client.json(unknown).get("error").textValue()).contains("unknown field 'clean'");
        assertThat(client.withToken(null)
                        .post("/api/v1/data/inspect", file(prices(-1)))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void calibrateFitsAModelAndWritesAGoldBlock() throws Exception {
        Map<String, Object> body = file(prices(-1));
        body.put("model", "gbm");
        body.put("from", "2020-02");
        HttpResponse<String> response = client.post("/api/v1/calibrate", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = Client.json(response);
        assertThat(answer.get("model").textValue()).isEqualTo("gbm");
        assertThat(answer.get("gold_block").textValue()).contains("gold {").contains("model gbm");
        assertThat(answer.get("report").textValue()).contains("log-likelihood");

        body.put("model", "brownian");
        body.put("from", "soon");
        HttpResponse<String> bad = client.post("/api/v1/calibrate", body);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Client.json(bad).get("diagnostics")).hasSize(2);
    }

    /** Stale prices are refused with D218 at their line, as gram calibrate does, until the request accepts them. */
    @Test
    void staleRunsAreRefusedUntilAccepted() throws Exception {
        Map<String, Object> body = file(prices(100));
        body.put("model", "gbm");
        HttpResponse<String> refused = client.post("/api/v1/calibrate", body);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode stale = Client.json(refused).get("diagnostics").get(0);
        assertThat(stale.get("code").textValue()).isEqualTo("D218");
        assertThat(stale.get("line").intValue()).isBetween(100, 107);

        body.put("accept", List.of("D218"));
        HttpResponse<String> accepted = client.post("/api/v1/calibrate", body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Client.json(accepted).get("warnings").toString()).contains("D218");

        body.put("accept", List.of("D999"));
        assertThat(client.post("/api/v1/calibrate", body).statusCode()).isEqualTo(400);
    }

    @Test
    void aPriceFileOverTheBodyLimitIs413() throws Exception {
        StringBuilder big = new StringBuilder();
        while (big.length() < 70 * 1024) {
            big.append(prices(-1));
        }
        HttpResponse<String> response = client.post("/api/v1/data/inspect", file(big.toString()));
        assertThat(response.statusCode()).isEqualTo(413);
    }
}
