package io.gramkit.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Array;
import org.junit.jupiter.api.Test;

/** Runs where the kit's API brings Tablesaw; built by reflection, as this module does not depend on it. */
class TablesawViewTest {
    @Test
    void aTablesawTableShowsAsAnHtmlTable() throws Exception {
        Class<?> tableType;
        try {
            tableType = Class.forName("tech.tablesaw.api.Table");
        } catch (ClassNotFoundException e) {
            assumeTrue(false, "Tablesaw is not on the class path");
            return;
        }
        Class<?> columnType = Class.forName("tech.tablesaw.columns.Column");
        Object column = Class.forName("tech.tablesaw.api.DoubleColumn")
                .getMethod("create", String.class, double[].class)
                .invoke(null, "discount", new double[] {0.01, 0.25});
        Object columns = Array.newInstance(columnType, 1);
        Array.set(columns, 0, column);
        Object table =
                tableType.getMethod("create", String.class, columns.getClass()).invoke(null, "shares", columns);

        Displayable view = Displayables.of(table).orElseThrow();

        assertThat(view.html().orElseThrow()).contains("<caption>shares</caption>", "<th>discount</th>", "0.25");
    }
}
