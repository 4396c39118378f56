package io.gramkit.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tablesaw tables (and their views) shown as HTML tables, found by reflection: this module does
 * not depend on Tablesaw, which comes with the kit's API when its results use it. Uses only
 * {@code tech.tablesaw.table.Relation}'s {@code name()}, {@code columnNames()},
 * {@code rowCount()} and {@code getString(row, column)}.
 */
final class TablesawView {
    private static final String RELATION = "tech.tablesaw.table.Relation";

    private TablesawView() {}

    static Optional<Displayable> of(Object value) {
        if (!isRelation(value.getClass())) {
            return Optional.empty();
        }
        try {
            Class<?> type = value.getClass();
            String name = (String) type.getMethod("name").invoke(value);
            List<?> names = (List<?>) type.getMethod("columnNames").invoke(value);
            int rows = (Integer) type.getMethod("rowCount").invoke(value);
            Method cell = type.getMethod("getString", int.class, int.class);
            List<String> columns = names.stream().map(String::valueOf).toList();
            return Optional.of(Table.of(name == null ? "" : name, columns, rows, row -> {
                List<String> cells = new ArrayList<>(columns.size());
                for (int column = 0; column < columns.size(); column++) {
                    try {
                        cells.add(String.valueOf(cell.invoke(value, row, column)));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read row " + row + " of a Tablesaw table", e);
                    }
                }
                return cells;
            }));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty(); // another Tablesaw version: shown as its text
        }
    }

    private static boolean isRelation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(RELATION)) {
                return true;
            }
        }
        return false;
    }
}
