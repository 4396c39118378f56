package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gram data inspect}, {@code gram calibrate}, and scenarios with the other gold models, end to end. */
class GoldDataCommandsTest {
    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void inspectReportsProblemsWithTheirLinesAndCleans() throws IOException {
        Path file = write("gold.csv", """
                Date,Price (USD/oz)
                2020-01,1500
                2020-02,.
                2020-03,1510
                2020-03,1512
                2020-04,0
                2020-05,1530
                2020-06,1540
                2020-07,1535
                2020-08,1550
                """);
        Path clean = temp.resolve("clean.csv");
        Cli run = Cli.run("data", "inspect", file.toString(), "--clean", clean.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "unit            USD/oz (from the header)",
                        "dates           2020-01 .. 2020-08",
                        "frequency       monthly",
                        "wrote 6 clean rows to " + clean);
        assertThat(run.err())
                .contains(
                        file + ":5:1: warning: date '2020-03' is given again; the first is on line 4",
                        file + ":6:9: warning: price '0' is not positive; the row is skipped [D209]");
        assertThat(Files.readString(clean)).isEqualTo("""
                        date,price_usd_per_oz
                        2020-01,1500
                        2020-03,1510
                        2020-05,1530
                        2020-06,1540
                        2020-07,1535
                        2020-08,1550
                        """);
    }

    @Test
    void aMalformedFileFailsWithTheLineOfTheFirstBadRowAndExitCode2() throws IOException {
        Path file = write("bad.csv", "Date,Price\n2020-01-02,1500\n2020-01-03,1,5\n");
        Cli run = Cli.run("data", "inspect", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .startsWith(file + ":3:1: error: expected 2 fields as in the header, found 3 (a decimal"
                        + " comma? write 1.5, or quote \"1,5\") [D205]")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void cleaningNeedsAUnit() throws IOException {
        Path file = write("gold.csv", "Date,Price\n2020,1500\n2021,1600\n");
        Cli run = Cli.run(
                "data",
                "inspect",
                file.toString(),
                "--clean",
                temp.resolve("c.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("pass --unit usd-per-oz or --unit usd-per-g [D214]");
        assertThat(Cli.run("data", "inspect", file.toString(), "--unit", "grams")
                        .err())
                .contains("gram: error: --unit must be usd-per-oz or usd-per-g, not 'grams'");
    }

    @Test
    void calibrateWritesAGoldBlockThatAScenarioAccepts() throws IOException {
        StringBuilder csv = new StringBuilder("date,price_usd_per_g\n");
        SplittableRandom random = new SplittableRandom(5);
        double price = 60;
        for (int day = 0; day < 3000; day++) {
            csv.append(LocalDate.of(2010, 1, 1).plusDays(day))
                    .append(',')
                    .append(price)
                    .append('\n');
            price *= Math.exp(0.01 * (random.nextDouble() - 0.5) * Math.sqrt(12));
        }
        Path file = write("daily.csv", csv.toString());
        Path block = temp.resolve("gold.gram");
        Cli run = Cli.run(
                "calibrate",
                file.toString(),
                "--model",
                "student-t",
                "--from",
                "2011",
                "--to",
                "2017-06",
                "--out",
                block.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Calibration of student-t to " + file,
                        "2011-01-01 .. 2017-06-30",
                        "P = 365.25 observations a year (counted in the file)",
                        "log-likelihood",
                        "AIC",
                        "df");
        String gold = Files.readString(block);
        assertThat(gold).contains("gold {", "spot ", " USD/g", "model student-t drift ");
        Path scenario = write(
                "calibrated.gram",
                "scenario \"Calibrated\" {\n  horizon 30 days\n  paths 20\n  seed 1\n"
                        + gold.replaceAll("(?m)^//.*\n", "")
                        + "  token {\n    supply 1,000,000\n    reserves 950,000 g gold\n  }\n}\n");
        Cli check = Cli.run("run", scenario.toString(), "--threads", "1");
        assertThat(check.exitCode())
                .as(check.err() + "\n" + Files.readString(scenario))
                .isZero();
        assertThat(check.out()).contains("Student-t");
    }

    @Test
    void calibrateRefusesBadOptionsWithExitCode2() throws IOException {
        Path file = write("gold.csv", "Date,Price\n2020-01,1500\n2020-02,1510\n");
        assertThat(Cli.run("calibrate", file.toString(), "--model", "heston").err())
                .contains("--model must be one of gbm, student-t, jump-diffusion, garch; not 'heston'");
        Cli badDate = Cli.run("calibrate", file.toString(), "--model", "gbm", "--from", "01/2020");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badDate.err()).contains("--from '01/2020' is not a date");
        Cli tooFew = Cli.run(
                "calibrate",
                file.toString(),
                "--model",
                "garch",
                "--out",
                temp.resolve("g.gram").toString());
        assertThat(tooFew.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooFew.err()).contains("needs at least 100 [C101]");
    }

    @Test
    void thePublicMonthlySeriesCalibratesToAPlausibleVolatility() {
        Path data = Cli.repository()
                .resolve("../shared/data/gold/datasets-gold-prices/monthly.csv")
                .normalize();
        Assumptions.assumeTrue(Files.isRegularFile(data), "public gold data not found at " + data + "; skipping");
        Cli run = Cli.run(
                "calibrate",
                data.toString(),
                "--model",
                "gbm",
                "--from",
                "1971",
                "--to",
                "2025",
                "--unit",
                "usd-per-oz",
                "--out",
                temp.resolve("gbm.gram").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1971-01 .. 2025-12", "P = 12 observations a year (monthly)", "spot ", "USD/oz");
    }

    @Test
    void scenariosWithEveryGoldModelRunFromTheCommandLine() throws IOException {
        String[] models = {
            "student-t drift 0% vol 18% df 4",
            "jump-diffusion drift 0% vol 15% jumps 2 per year mean -5% dispersion 3%",
            "garch drift 0% vol 18% alpha 0.06 beta 0.93",
            "regime-switching calm drift 4% vol 14% stressed drift -25% vol 35% calm to stressed 1% per day"
                    + " stressed to calm 5% per day"
        };
        for (String model : models) {
            Path scenario = write(
                    "m.gram",
                    "scenario \"M\" {\n  horizon 60 days\n  paths 30\n  seed 2\n  gold {\n"
                            + "    spot 75 USD/g\n    model " + model + "\n"
                            + "    shock \"Closed\" closed from day 5 for 3 days then drop 4%\n"
                            + "    shock \"Vol\" volatility x2 from day 10 for 10 days\n  }\n"
                            + "  token {\n    supply 1,000,000\n    reserves 950,000 g gold, cash 5.5% of liabilities at spot\n  }\n}\n");
            Cli one = Cli.run(
                    "run",
                    scenario.toString(),
                    "--threads",
                    "1",
                    "--out",
                    temp.resolve("one").toString(),
                    "--force");
            Cli two = Cli.run(
                    "run",
                    scenario.toString(),
                    "--threads",
                    "3",
                    "--out",
                    temp.resolve("two").toString(),
                    "--force");
            assertThat(one.exitCode()).as(model + "\n" + one.err()).isZero();
            assertThat(two.exitCode()).as(two.err()).isZero();
            assertThat(Files.mismatch(temp.resolve("one/paths.csv"), temp.resolve("two/paths.csv")))
                    .as(model)
                    .isEqualTo(-1L);
        }
    }

    /** Two years of annual values repeated every month (lines 2..25), then 200 months that move. */
    private Path carriedForward() throws IOException {
        StringBuilder csv = new StringBuilder("Date,Price (USD/oz)\n");
        for (int m = 0; m < 24; m++) {
            csv.append(String.format(
                    java.util.Locale.ROOT, "%d-%02d,%s%n", 1950 + m / 12, m % 12 + 1, m < 12 ? "35" : "36"));
        }
        SplittableRandom random = new SplittableRandom(11);
        double price = 37;
        for (int m = 24; m < 224; m++) {
            price *= Math.exp(0.045 * random.nextGaussian());
            csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.4f%n", 1950 + m / 12, m % 12 + 1, price));
        }
        return write("carried.csv", csv.toString());
    }

    @Test
    void inspectFlagsCarriedForwardValuesAndCalibrateRefusesThemUnlessAccepted() throws IOException {
        Path file = carriedForward();
        Cli inspect = Cli.run("data", "inspect", file.toString());
        assertThat(inspect.exitCode()).as(inspect.err()).isZero();
        assertThat(inspect.out()).contains("repeated        1 stretch, 24 prices", "returns tested  lines 26..225");
        assertThat(inspect.err())
                .contains(file + ":2:1: warning: prices change only 1 times in 24 monthly observations on lines"
                        + " 2..25 (1950-01 .. 1951-12)");
        Path block = temp.resolve("g.gram");
        Cli refused = Cli.run("calibrate", file.toString(), "--model", "gbm", "--out", block.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err())
                .contains(file + ":2:1: error: prices change only", "--from 1952-01", "--accept D218 [D218]", "[D219]");
        assertThat(Files.exists(block)).isFalse();
        Cli accepted = Cli.run(
                "calibrate", file.toString(), "--model", "gbm", "--accept", "D218,D219", "--out", block.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.err()).contains("warning: prices change only");
        Cli after = Cli.run(
                "calibrate", file.toString(), "--model", "student-t", "--from", "1952", "--out", block.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.err()).contains("student-t df fitted to monthly data").contains("[C104]");
        assertThat(after.out()).contains("daily step", "df           WARNING:");
        assertThat(Cli.run("calibrate", file.toString(), "--model", "gbm", "--accept", "D220")
                        .err())
                .contains("--accept takes D218 (repeated prices) or D219 (zero-return clusters), not 'D220'");
    }

    @Test
    void backtestWritesItsTableCsvAndHtml() throws IOException {
        Path file = carriedForward();
        Path csv = temp.resolve("bt.csv");
        Path html = temp.resolve("bt.html");
        Cli run = Cli.run(
                "backtest",
                file.toString(),
                "--from",
                "1952",
                "--model",
                "gbm,student-t",
                "--window",
                "60",
                "--level",
                "95%,99%",
                "--horizon",
                "1,3",
                "--scenarios",
                "200",
                "--csv",
                csv.toString(),
                "--html",
                html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 199 returns after 1952-01, 60 in the first window: 139 one-step forecasts, 46 three-step ones.
        assertThat(run.out())
                .contains("rolling window 60, refit every 12", "horizon 1", "horizon 3", "model comparison")
                .containsPattern("gbm +95% +139 ")
                .containsPattern("student-t +99% +46 ");
        assertThat(Files.readAllLines(csv))
                .hasSize(1 + 2 * 2 * (139 + 46))
                .first()
                .isEqualTo("model,horizon,level,from,to,var,es,realised,exceeded");
        assertThat(Files.readString(html)).contains("<svg", "Is the gold model any good?", "</html>");
        // Too short for a window and 10 forecasts.
        Cli tooShort = Cli.run("backtest", file.toString(), "--from", "1966", "--window", "60");
        assertThat(tooShort.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooShort.err()).contains("[C105]");
        assertThat(Cli.run("backtest", file.toString(), "--level", "150%").err())
                .contains("--level must be a percentage between 50% and 100%");
    }

    @Test
    void theShippedMonthlyFileIsFlaggedAndCalibratesFrom1971WithAWarning() {
        Path data = Cli.repository()
                .resolve("../shared/data/gold/datasets-gold-prices/monthly.csv")
                .normalize();
        Assumptions.assumeTrue(Files.isRegularFile(data), "public gold data not found at " + data + "; skipping");
        Cli inspect = Cli.run("data", "inspect", data.toString());
        assertThat(inspect.err())
                .contains(
                        data
                                + ":2:1: warning: prices change only 54 times in 1,524 monthly observations on lines 2..1525"
                                + " (1833-01 .. 1959-12)",
                        "[D220]");
        Cli whole = Cli.run(
                "calibrate",
                data.toString(),
                "--model",
                "gbm",
                "--out",
                temp.resolve("w.gram").toString());
        assertThat(whole.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(whole.err()).contains("error: prices change only 54 times", "[D218]");
        Cli from1971 = Cli.run(
                "calibrate",
                data.toString(),
                "--model",
                "gbm",
                "--from",
                "1971",
                "--to",
                "2025",
                "--out",
                temp.resolve("g.gram").toString());
        assertThat(from1971.exitCode()).as(from1971.err()).isZero();
        assertThat(from1971.err())
                .contains("look like period averages", "[D220]")
                .doesNotContain("error");
    }
}
