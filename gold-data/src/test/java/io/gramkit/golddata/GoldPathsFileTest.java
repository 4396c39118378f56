package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.model.GoldPrices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldPathsFileTest {

    private static GoldPrices parse(String text, int horizon) {
        return GoldPathsFile.parse(new SourceFile("prices.csv", text), horizon);
    }

    private static String problems(String text, int horizon) {
        try {
            parse(text, horizon);
        } catch (InputException e) {
            return e.render();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsPathsInAnyRowOrder() {
        GoldPrices prices = parse("path,day,price\n1,0,70\n0,1,76.5\n0,0,75\n1,1,71\n", 1);
        assertThat(prices.pathCount()).isEqualTo(2);
        assertThat(prices.price(0, 0)).isEqualTo(75.0);
        assertThat(prices.price(0, 1)).isEqualTo(76.5);
        assertThat(prices.price(1, 1)).isEqualTo(71.0);
    }

    @Test
    void reportsEveryMalformedRowWithItsLine() {
        String text = "path,day,price\n0,0,75\n0,1,abc\n0,2\n0,3,-1\nx,0,1\n0,9,75\n0,1,75\n";
        assertThat(problems(text, 3)).isEqualTo("""
                prices.csv:3:5: error: price 'abc' is not a positive number of USD per gram [D107]
                    3 | 0,1,abc
                      |     ^~~
                prices.csv:4:1: error: expected 3 fields (path,day,price), found 2 [D104]
                    4 | 0,2
                      | ^~~
                prices.csv:5:5: error: price '-1' is not a positive number of USD per gram [D107]
                    5 | 0,3,-1
                      |     ^~
                prices.csv:6:1: error: path 'x' is not a whole number from 0 [D105]
                    6 | x,0,1
                      | ^
                prices.csv:7:3: error: day 9 is beyond the largest allowed day 3 (the scenario's horizon) [D106]
                    7 | 0,9,75
                      |   ^
                """);
    }

    @Test
    void missingDaysAndPathsAreReported() {
        assertThat(problems("path,day,price\n0,0,75\n0,1,75\n2,0,75\n2,1,75\n", 1))
                .isEqualTo("""
                prices.csv:4:1: error: path 1 has no rows: the path numbers jump from 0 to 2 here; paths must be numbered from 0 without gaps [D110]
                    4 | 2,0,75
                      | ^~~~~~
                """);
        // Paths 0, 1, 7: one problem for the gap, at the first row of path 7 (rows in any order).
        assertThat(problems("path,day,price\n0,0,75\n1,0,75\n7,0,75\n0,1,75\n1,1,75\n7,1,70\n", 1))
                .isEqualTo("""
                prices.csv:4:1: error: paths 2 to 6 have no rows: the path numbers jump from 1 to 7 here; paths must be numbered from 0 without gaps [D110]
                    4 | 7,0,75
                      | ^~~~~~
                """);
        assertThat(problems("path,day,price\n0,0,75\n", 2)).isEqualTo("""
                prices.csv: error: path 0 lacks 2 of days 0..2 (first missing: day 1) [D111]
                """);
    }

    @Test
    void duplicatesPointAtTheFirstRow() {
        assertThat(problems("path,day,price\n0,0,75\n0,1,75\n0,1,76\n", 1)).isEqualTo("""
                prices.csv:4:1: error: duplicate row for path 0, day 1; first given on line 3 [D108]
                    4 | 0,1,76
                      | ^~~~~~
                """);
    }

    @Test
    void aWrongHeaderIsRefused() {
        assertThat(problems("day,price\n0,75\n", 1))
                .startsWith("prices.csv:1:1: error: expected the header 'path,day,price' [D103]");
        assertThat(problems("", 1))
                .startsWith("prices.csv:1:1: error: expected the header 'path,day,price' in an empty file [D103]");
    }

    @Test
    void aFileWithAHeaderAndNoRowsHoldsNoPrices() {
        assertThat(problems("path,day,price\n\n", 1)).isEqualTo("prices.csv: error: the file holds no prices [D109]\n");
    }

    @Test
    void filesThatCannotBeReadAreReportedWithoutAStackTrace(@TempDir Path temp) throws IOException {
        Path missing = temp.resolve("nowhere.csv");
        assertThatThrownBy(() -> GoldPathsFile.read(missing, 1))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render())
                                .isEqualTo(missing + ": error: cannot read file: no such file [D101]\n"));
        Path binary = Files.write(temp.resolve("binary.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> GoldPathsFile.read(binary, 1))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render()).isEqualTo(binary + ": error: file is not UTF-8 text [D102]\n"));
    }
}
