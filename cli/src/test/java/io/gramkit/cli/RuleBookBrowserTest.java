package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gramkit.rules.RuleBook;
import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The rule book as governance opens it: written by {@code gram rules book}, loaded from disk in
 * Debian's headless Chromium (bin/install-chromium) through chromedriver, and read by its DOM, not
 * by a screenshot: every rule name in a rule heading with its id, the fingerprint, and nothing the
 * page asked the network for. Skipped where Chromium cannot be had; in CI it must be there.
 */
class RuleBookBrowserTest {
    @TempDir
    static Path temp;

    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        String chromium = installChromium();
        Path driver = Path.of("/usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(driver), "chromedriver is not installed here");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,1000",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
        // The driver is Debian's: Selenium Manager, which would download one, is never asked.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    /** bin/install-chromium's browser path; in CI (root, Debian's mirrors) it must succeed. */
    private static String installChromium() throws IOException, InterruptedException {
        Process install = new ProcessBuilder(
                        Cli.repository().resolve("bin/install-chromium").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String path = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean installed = install.waitFor(600, TimeUnit.SECONDS) && install.exitValue() == 0 && !path.isEmpty();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed)
                    .as("bin/install-chromium provides chromium and chromedriver in CI")
                    .isTrue();
        }
        assumeTrue(installed, "bin/install-chromium could not provide chromium here");
        return path;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"rules/library", "rules/fee-tiers/drl", "rules/fee-tiers/dslr", "rules/fee-tiers/decision-table"
            })
    void everyRuleNameAndTheFingerprintAreInTheDom(String rules) {
        Path source = Cli.repository().resolve(rules);
        Path html = temp.resolve(rules.replace('/', '-') + ".html");
        Cli run = Cli.run("rules", "book", source.toString(), "--html", html.toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();

        browser.get(html.toUri().toString());

        List<String> expected = RuleBook.of(List.of(source)).rules().stream()
                .map(RuleBook.Rule::name)
                .toList();
        assertThat(expected).isNotEmpty();
        List<WebElement> headings = browser.findElements(By.cssSelector("article.rule > h3.rule-name"));
        assertThat(headings).extracting(WebElement::getText).containsExactlyElementsOf(expected);
        for (WebElement heading : headings) {
            // each rule has an id a review's minutes can link to, and the contents link to it
            String id = heading.findElement(By.xpath("..")).getAttribute("id");
            assertThat(id).startsWith("rule-");
            assertThat(browser.findElements(By.cssSelector("a[href='#" + id + "']")))
                    .hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#fingerprints .fingerprint")))
                .extracting(WebElement::getText)
                .containsExactly("sha256:" + RuleSetFingerprint.of(source));
        assertThat(browser.getTitle()).startsWith("Rule book: ");
        // the page is whole by itself: the browser fetched nothing but the page
        Object resources =
                ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource').length");
        assertThat(resources).isEqualTo(0L);
        // and each rule's source, as written, names it (a DRL or .dslr rule line, a table row's NAME cell)
        List<WebElement> sources = browser.findElements(By.cssSelector("article.rule > pre.source"));
        assertThat(sources).hasSameSizeAs(expected);
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).getText()).contains(expected.get(i));
        }
    }
}
