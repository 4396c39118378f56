package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gram report --html}: one self-contained file that a headless browser renders. */
class ReportCommandTest {
    @TempDir
    static Path temp;

    private static Path report;
    private static String html;

    @BeforeAll
    static void writeReport() throws IOException {
        report = temp.resolve("reports/reference.html");
        Cli run = Cli.run("report", Cli.reference(), "--html", report.toString(), "--paths", "300", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + report);
        html = Files.readString(report);
    }

    @Test
    void isSelfContainedWithAtLeastFourEmbeddedCharts() {
        assertThat(html).doesNotContainIgnoringCase("http");
        Matcher images = Pattern.compile("<img [^>]*src=\"data:image/png;base64,[A-Za-z0-9+/=]{1000,}\"")
                .matcher(html);
        int count = 0;
        while (images.find()) {
            count++;
        }
        assertThat(count).isEqualTo(6);
        assertThat(html)
                .contains(
                        "gold fan chart",
                        "discount fan chart",
                        "coverage fan chart",
                        "share of paths off peg by day",
                        "histogram of the largest discount",
                        "rule change counts",
                        "scenario &quot;Reference v1&quot;",
                        "shock &quot;Two-day drop&quot;", // the scenario's text
                        "\"kit_version\"".replace("\"", "&quot;"),
                        "share_max_discount_above_10pct");
    }

    @Test
    void anExistingFileIsRefusedUnlessForced() {
        Cli refused = Cli.run("report", Cli.reference(), "--html", report.toString(), "--paths", "10");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("pass --force");
    }

    /** Opens the report in Debian's headless Chromium (installed by bin/install-chromium) and screenshots it. */
    @Test
    void opensInHeadlessChromiumAndIsNotBlank() throws Exception {
        Process install = new ProcessBuilder(
                        Cli.repository().resolve("bin/install-chromium").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browser = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean installed = install.waitFor(600, TimeUnit.SECONDS) && install.exitValue() == 0 && !browser.isEmpty();
        // CI runs as root with Debian's mirrors: there the browser must be installable, never skipped.
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed)
                    .as("bin/install-chromium provides chromium in CI")
                    .isTrue();
        }
        assumeTrue(installed, "bin/install-chromium could not provide chromium here");

        Path screenshot = temp.resolve("screenshot.png");
        Path profile = Files.createDirectories(temp.resolve("chromium-profile"));
        Process chromium = new ProcessBuilder(List.of(
                        browser,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--screenshot=" + screenshot,
                        "--window-size=1000,1400",
                        report.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(screenshot)
                .as(Files.readString(temp.resolve("chromium.log")))
                .exists();

        BufferedImage image = ImageIO.read(screenshot.toFile());
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        long sampled = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                sampled++;
                notWhite += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        // Text and charts: many colours (anti-aliasing, the bands) and a good share of inked pixels.
        assertThat(colours.size()).isGreaterThan(50);
        assertThat((double) notWhite / sampled).isGreaterThan(0.05);
    }
}
