package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceFileTest {
    @TempDir
    Path temp;

    private static PriceFile parse(String text) {
        return PriceFile.parse(new SourceFile("gold.csv", text), Optional.empty(), Optional.empty());
    }

    private static String problems(String text) {
        try {
            parse(text).series();
        } catch (InputException e) {
            return e.render();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsTheShapesPeopleHave() {
        PriceSeries iso =
                parse("Date,Price\n2020-01-02,1528.1\n2020-01-03,1552.4\n").series();
        assertThat(iso.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(iso.date(1)).isEqualTo(LocalDate.of(2020, 1, 3));
        PriceSeries monthly = parse("month;USD (PM)\n1990-01;410.1\n1990-02;416,8\n".replace("416,8", "416.8"))
                .series();
        assertThat(monthly.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(monthly.price(1)).isEqualTo(416.8);
        PriceSeries annual =
                parse("year\tvalue\n1971\t40.8\n1972\t58.2\n1973\t97.3\n").series();
        assertThat(annual.frequency().name()).isEqualTo("annual");
        assertThat(annual.frequency().periodsPerYear()).isEqualTo(1.0);
        PriceSeries quoted = parse("""
                        "observation_date","Close","Volume"
                        "2024-01-02","2,064.40","100"
                        "2024-01-03","2,041.10","120"
                        """).series();
        assertThat(quoted.price(0)).isEqualTo(2064.40);
        PriceSeries headerless =
                parse("2024-01\n".replace("\n", ",2050\n") + "2024-02,2030\n").series();
        assertThat(headerless.size()).isEqualTo(2);
    }

    @Test
    void missingCellsAreSkippedAndADescendingFileIsReversed() {
        PriceSeries series = parse("""
                        DATE,GOLDAMGBD228NLBM
                        2020-01-06,1566.2
                        2020-01-03,.
                        2020-01-02,
                        2020-01-01,1520
                        """).series();
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.firstDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(series.price(1)).isEqualTo(1566.2);
    }

    @Test
    void theUnitComesFromTheHeaderOrTheFlagAndTheyMustAgree() {
        assertThat(parse("date,price_usd_per_g\n2020-01,50\n2020-02,51\n").unit())
                .contains(PriceUnit.USD_PER_GRAM);
        assertThat(parse("Date,Price (USD/oz)\n2020-01,1500\n2020-02,1510\n").unit())
                .contains(PriceUnit.USD_PER_OUNCE);
        assertThat(parse("Date,Price\n2020-01,1500\n2020-02,1510\n").unit()).isEmpty();
        try {
            PriceFile.parse(
                    new SourceFile("gold.csv", "Date,USD per troy ounce\n2020-01,1500\n"),
                    Optional.of(PriceUnit.USD_PER_GRAM),
                    Optional.empty());
            throw new AssertionError("expected a conflict");
        } catch (InputException e) {
            assertThat(e.render())
                    .contains("gold.csv:1:6: error: the header says the prices are in USD/oz but --unit"
                            + " says USD/g [D213]");
        }
    }

    @Test
    void malformedRowsFailWithTheirLineAndTheReason() {
        String text = """
                Date,Price
                2020-01-02,1528.1
                2020-13-01,1500
                2020-01-04,abc
                2020-01
                2020-01-06,1.5e3
                2020-01,1500
                02/01/2020,1500
                """;
        assertThat(problems(text)).isEqualTo("""
                gold.csv:3:1: error: date '2020-13-01' is not a real date [D206]
                    3 | 2020-13-01,1500
                      | ^~~~~~~~~~
                gold.csv:4:12: error: Price 'abc' is not a number [D208]
                    4 | 2020-01-04,abc
                      |            ^~~
                gold.csv:5:1: error: expected at least 2 fields (Date in field 1, Price in field 2), found 1 [D205]
                    5 | 2020-01
                      | ^~~~~~~
                gold.csv:7:1: error: date '2020-01' is YYYY-MM but the file's dates are YYYY-MM-DD (line 2) [D207]
                    7 | 2020-01,1500
                      | ^~~~~~~
                gold.csv:8:1: error: date '02/01/2020' is not YYYY-MM-DD, YYYY-MM or YYYY [D206]
                    8 | 02/01/2020,1500
                      | ^~~~~~~~~~
                """);
    }

    @Test
    void aSeriesRefusesDuplicatesDisorderAndNonPositivePrices() {
        String text = "Date,Price\n2020-01,1500\n2020-02,0\n2020-03,1510\n2020-03,1511\n2020-02,1490\n";
        assertThat(problems(text)).isEqualTo("""
                gold.csv:3:9: error: price '0' is not positive [D209]
                    3 | 2020-02,0
                      |         ^
                gold.csv:5:1: error: date '2020-03' is given again; the first is on line 4 [D210]
                    5 | 2020-03,1511
                      | ^~~~~~~
                gold.csv:6:1: error: date '2020-02' is given again; the first is on line 3 [D210]
                    6 | 2020-02,1490
                      | ^~~~~~~
                """);
        assertThat(problems("Date,Price\n2020-01,1500\n2020-03,1510\n2020-02,1490\n"))
                .contains(
                        "gold.csv:4:1: error: date '2020-02' comes after 2020-03 (line 3); dates must be in order [D211]");
        assertThat(problems("Date,Price\n2020-01,1500\n2020-02,.\n"))
                .contains("gold.csv: error: the file holds 1 price; at least 2 are needed for a return [D212]");
    }

    @Test
    void inspectionListsEveryProblemWithItsLineAndCleansTheFile() throws IOException {
        String text = """
                Date,Price
                2020-01,1500
                2020-02,.
                2020-03,-4
                2020-04,1510
                2020-04,1510
                2020-05,1515
                2020-07,1530
                2020-06,1520
                2020-08,1540
                2020-09,1550
                """;
        Inspection inspection = PriceFile.parse(
                        new SourceFile("gold.csv", text), Optional.of(PriceUnit.USD_PER_OUNCE), Optional.empty())
                .inspect();
        assertThat(inspection.report())
                .contains(
                        "unit            USD/oz (stated with --unit)",
                        "rows            10 data rows, lines 2..11",
                        "dates           2020-01 .. 2020-09",
                        "frequency       monthly (median spacing 31 days; 12 a year)",
                        "missing prices  1 (listed below with their lines)",
                        "non-positive    1",
                        "duplicates      1",
                        "out of order    1",
                        "gaps            1",
                        "clean rows      7");
        String findings = DiagnosticPrinter.render(inspection.findings());
        assertThat(findings)
                .contains(
                        "gold.csv:3:9: warning: no price on 2020-02; the row is skipped [D216]",
                        "gold.csv:4:9: warning: price '-4' is not positive; the row is skipped [D209]",
                        "gold.csv:5:1: warning: gap: no monthly observation between 2020-01 (line 2) and 2020-04 [D215]",
                        "gold.csv:6:1: warning: date '2020-04' is given again; the first is on line 5 with the same price; the"
                                + " first is kept [D210]",
                        "gold.csv:9:1: warning: date '2020-06' comes after 2020-07 (line 8) [D211]");
        Path clean = inspection.writeClean(temp.resolve("clean.csv"));
        assertThat(Files.readString(clean)).isEqualTo("""
                        date,price_usd_per_oz
                        2020-01,1500
                        2020-04,1510
                        2020-05,1515
                        2020-06,1520
                        2020-07,1530
                        2020-08,1540
                        2020-09,1550
                        """);
        assertThat(PriceFile.read(clean, Optional.empty(), Optional.empty())
                        .series()
                        .unit())
                .contains(PriceUnit.USD_PER_OUNCE);
    }

    @Test
    void tradingDayDataAnnualisesByItsObservedPeriodsPerYear() {
        StringBuilder text = new StringBuilder("Date,Close\n");
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2021, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                text.append(d).append(",1800\n");
            }
        }
        Frequency frequency = parse(text.toString()).series().frequency();
        assertThat(frequency.name()).isEqualTo("daily");
        assertThat(frequency.periodsPerYear()).isCloseTo(261, within(0.5));
        assertThat(frequency.observed()).isTrue();
    }

    @Test
    void severalCandidatePriceColumnsMustBeNamed() {
        String text = "Date,USD (AM),USD (PM)\n2020-01-02,1520,1525\n2020-01-03,1530,1540\n";
        try {
            parse(text);
            throw new AssertionError("expected the columns to be ambiguous");
        } catch (InputException e) {
            assertThat(e.render())
                    .contains("several price columns: 'USD (AM)', 'USD (PM)'; name the one to use (--column)"
                            + " [D204]");
        }
        PriceSeries pm = PriceFile.parse(new SourceFile("gold.csv", text), Optional.empty(), Optional.of("usd (pm)"))
                .series();
        assertThat(pm.price(1)).isEqualTo(1540.0);
    }

    @Test
    void filesThatCannotBeReadAreReportedWithoutAStackTrace() throws IOException {
        Path missing = temp.resolve("nowhere.csv");
        try {
            PriceFile.read(missing, Optional.empty(), Optional.empty());
            throw new AssertionError("expected a failure");
        } catch (InputException e) {
            assertThat(e.render()).isEqualTo(missing + ": error: cannot read the file: it does not exist [D201]\n");
        }
        Path binary = Files.write(temp.resolve("binary.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        try {
            PriceFile.read(binary, Optional.empty(), Optional.empty());
            throw new AssertionError("expected a failure");
        } catch (InputException e) {
            assertThat(e.render()).contains("[D202]");
        }
    }

    @Test
    void aFileWithoutADateColumnIsRefused() {
        assertThat(problems("Price,Volume\n1520,3\n1530,4\n"))
                .startsWith("gold.csv:1:1: error: no date column in the header 'Price,Volume'; expected a column"
                        + " named like 'date', 'month' or 'year' and a price column [D203]");
        assertThat(problems("2020-01-02,1520,3\n2020-01-03,1530,4\n"))
                .startsWith("gold.csv:1:1: error: a file without a header must have exactly two columns, the date"
                        + " and the price; found 3 fields with no header line [D203]");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path huge = temp.resolve("huge.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(PriceFile.MAX_BYTES + 1); // sparse: no disk is written
        }
        try {
            PriceFile.read(huge, Optional.empty(), Optional.empty());
            throw new AssertionError("expected a failure");
        } catch (InputException e) {
            assertThat(e.render())
                    .isEqualTo(huge + ": error: the file has 268,435,457 bytes; a price file has at most 268,435,456"
                            + " [D217]\n");
        }
    }
}
