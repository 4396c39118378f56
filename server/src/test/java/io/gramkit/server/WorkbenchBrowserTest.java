package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench end to end in Debian's headless Chromium (installed with chromedriver by
 * bin/install-chromium), driven by Selenium as an analyst would use it: sign in with the token,
 * start from a library scenario, break it and see the error underlined at its line with its code
 * on hover, fix it, run it and watch the progress reach 100%, see the report's charts and
 * metrics, change a policy level, run again and compare the two runs. Screenshots of each step
 * are kept in {@code server/target/workbench-screenshots/}. Runs are small (the page's default, 200 paths).
 */
class WorkbenchBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "workbench-screenshots");
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    private static Path data;
    private static GramServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        String chromium = installChromium();
        Path driver = Path.of("/usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(driver), "chromedriver is not installed here");
        data = Files.createTempDirectory("gram-workbench-browser");
        server = GramServer.start(
                ServerConfig.defaults()
                        .withPort(0)
                        .withData(data)
                        .withLibrary(Repo.root())
                        .withLimits(1, 10, 50_000, 1 << 20),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
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
                "--window-size=1300,1100",
                "--user-data-dir=" + Files.createDirectories(data.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is Debian's: Selenium Manager, which would download one, is never asked.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /** bin/install-chromium's browser path; in CI (root, Debian's mirrors) it must succeed. */
    private static String installChromium() throws IOException, InterruptedException {
        Process install = new ProcessBuilder(
                        Repo.root().resolve("bin/install-chromium").toString())
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
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            Folders.deleteTree(data);
        }
    }

    @Test
    void anAnalystWritesChecksRunsAndComparesInTheBrowser() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        screenshot("01-sign-in");

        // Sign in: a wrong token is refused, the right one opens the workbench.
        type(By.id("token"), "not-the-token");
        click(By.id("sign-in"));
        waitUntil("the wrong token is refused", () -> text("login-error").contains("not this service's"));
        browser.findElement(By.id("token")).clear();
        type(By.id("token"), server.token());
        click(By.id("sign-in"));
        waitUntil("the workbench opens", () -> browser.findElement(By.id("app")).isDisplayed());
        assertThat(browser.getCurrentUrl()).doesNotContain(server.token());
        assertThat((String) js("return sessionStorage.getItem('gram-token')")).isEqualTo(server.token());

        // Start from the library's reference scenario: it checks clean.
        new Select(browser.findElement(By.id("library"))).selectByValue("reference-v1");
        click(By.id("load"));
        waitUntil("the scenario loads", () -> source().contains("scenario \"Reference v1\""));
        waitUntil("the scenario checks clean", () -> text("check-status").equals("no problems"));

        // Break a keyword: the check (as you type, debounced) underlines it at its line.
        String text = source();
        int at = text.indexOf("reserves ");
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        replace(at + "reserve".length(), at + "reserves".length(), "z");
        waitUntil("the error is underlined", () -> !marks().isEmpty());
        WebElement mark = marks().get(0);
        assertThat(mark.getAttribute("data-line")).isEqualTo(String.valueOf(line));
        assertThat(mark.getAttribute("class")).contains("error");
        assertThat(text("check-status")).contains("error");
        WebElement listed = browser.findElement(By.cssSelector("#diagnostics li.error"));
        assertThat(listed.getText()).startsWith("reference-v1.gram:" + line + ":");
        // Hover over the underlined word: its message and code.
        new Actions(browser).moveToElement(mark).perform();
        waitUntil(
                "the tooltip shows", () -> browser.findElement(By.id("tooltip")).isDisplayed());
        assertThat(text("tooltip")).containsPattern("error \\[G[0-9]{3}\\]: ");
        screenshot("02-error-underlined");

        // Fix it: the underline goes.
        replace(at + "reserve".length(), at + "reserves".length(), "s");
        waitUntil("the fix checks clean", () -> text("check-status").equals("no problems"));
        assertThat(marks()).isEmpty();

        // Run it (200 paths, the page's default) and watch the progress to 100%.
        String first = runAndWait("03-first-run");

        // The results: the report's charts (inline PNGs, admitted by the policy) and its metrics.
        waitUntil("the charts show", () -> loadedCharts() >= 5);
        assertThat(browser.findElements(By.cssSelector("#metrics tr"))).hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#files button")))
                .extracting(WebElement::getText)
                .contains("report.html", "summary.csv", "paths.csv");
        screenshot("04-results");

        // A second policy: the raised fee at 2% instead of 1%, same paths and seed.
        text = source();
        int fee = text.indexOf("raised fee 1%") + "raised fee ".length();
        replace(fee, fee + 1, "2");
        waitUntil("the change checks clean", () -> text("check-status").equals("no problems"));
        String second = runAndWait("05-second-run");

        // Compare: A is the first run, B the second, paired on A's seed and paths.
        click(By.id("refresh"));
        waitUntil(
                "both runs are listed",
                () -> browser.findElements(By.cssSelector("#runs tr[data-status=done]"))
                                .size()
                        == 2);
        new Select(browser.findElement(By.id("compare-a"))).selectByValue(first);
        new Select(browser.findElement(By.id("compare-b"))).selectByValue(second);
        click(By.id("compare"));
        waitUntil(
                "the comparison shows",
                () -> browser.findElements(By.cssSelector("#comparison tr")).size() > 10);
        assertThat(text("compare-status")).contains("200 paths").contains("same gold prices");
        List<String> header = browser.findElements(By.cssSelector("#comparison th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(header).contains("B - A", "std error (paired)");
        // A doubled raised fee changes what happens on the paths that raise it: some paired difference is not 0.
        List<String> differences = browser.findElements(By.cssSelector("#comparison tr td:nth-child(4)")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(differences).anyMatch(d -> !d.isEmpty() && Double.parseDouble(d) != 0);
        screenshot("06-comparison");

        // The rule library: a rule set's DRL.
        waitUntil(
                "the rule library lists",
                () -> !browser.findElements(By.cssSelector("#rule-files li")).isEmpty());
        WebElement minting = browser.findElements(By.cssSelector("#rule-files li")).stream()
                .filter(e -> e.getText().equals("reference/minting.drl"))
                .findFirst()
                .orElseThrow();
        new Actions(browser).scrollToElement(minting).perform();
        minting.click();
        waitUntil("the DRL shows", () -> text("rule-text").contains("rule \""));
        screenshot("07-rules");

        // No page error and no refused resource in the browser's console (a CSP violation shows there).
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // The one refusal the test asked for: signing in with a wrong token.
            boolean wrongToken = entry.getMessage().contains("/api/v1/library/scenarios - Failed to load resource")
                    && entry.getMessage().contains("401");
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() && !wrongToken) {
                problems.add(entry.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Clicks Run, follows the progress bar to 100% and the status to done; returns the run's id. */
    private String runAndWait(String shot) {
        String before = text("results-run");
        click(By.id("run"));
        waitUntil("the run finishes", () -> text("run-status").equals("done"));
        assertThat(text("progress-label")).isEqualTo("100%");
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("1");
        screenshot(shot);
        waitUntil(
                "the results show",
                () -> !text("results-run").isEmpty() && !text("results-run").equals(before));
        return text("results-run");
    }

    /** Selects [start, end) of the editor's text and types {@code replacement} over it, as a user would. */
    private void replace(int start, int end, String replacement) {
        js(
                "const s = document.getElementById('source'); s.focus(); s.setSelectionRange(arguments[0], arguments[1]);",
                start,
                end);
        new Actions(browser).sendKeys(replacement).perform();
    }

    private String source() {
        return (String) js("return document.getElementById('source').value");
    }

    private List<WebElement> marks() {
        return browser.findElements(By.cssSelector("#highlight mark.diag"));
    }

    private long loadedCharts() {
        return (Long) js("return Array.from(document.querySelectorAll('#charts img'))"
                + ".filter(i => i.complete && i.naturalWidth > 0).length");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void type(By by, String keys) {
        browser.findElement(by).sendKeys(keys);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        new Actions(browser).scrollToElement(element).perform();
        element.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, WAIT, Duration.ofMillis(100))
                    .withMessage(what)
                    .until(driver -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            screenshot("failed-" + what.replaceAll("[^a-z0-9]+", "-"));
            throw e;
        }
    }

    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
