package io.gramkit.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static Table numbers(int rows) {
        return Table.of("numbers", List.of("n", "name"), rows, i -> List.of(Integer.toString(i), "row " + i));
    }

    @Test
    void escapesHtmlInCaptionsHeadersAndCells() {
        Table table = Table.of("a < b", List.of("x & y"), List.of(List.of("<script>")));

        assertThat(table.html().orElseThrow())
                .contains("<caption>a &lt; b</caption>", "<th>x &amp; y</th>", "&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void showsALongTableAsItsFirstAndLastRows() {
        String html = numbers(1000).html().orElseThrow();

        assertThat(html)
                .contains(">row 0<", ">row 9<", "&hellip;", ">row 995<", ">row 999<", "1,000 rows")
                .doesNotContain(">row 10<", ">row 994<");
        assertThat(numbers(1000).text()).contains("row 9\n...", "[1,000 rows x 2 columns]");
    }

    @Test
    void headKeepsTheFirstRows() {
        Table head = numbers(1000).head(3);

        assertThat(head.rowCount()).isEqualTo(3);
        assertThat(head.text()).isEqualTo("numbers\nn  name\n0  row 0\n1  row 1\n2  row 2\n");
    }

    @Test
    void alignsNumbersRightInText() {
        Table table = Table.of("", List.of("value", "label"), List.of(List.of("1,234.5", "a"), List.of("7", "bb")));

        assertThat(table.text()).isEqualTo("  value  label\n1,234.5  a\n      7  bb\n");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        Table table = Table.of("", List.of("a", "b"), 1, i -> List.of("only one"));

        assertThatThrownBy(() -> table.row(0)).hasMessageContaining("1 cells for 2 columns");
    }
}
