package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;

/** daily.csv: per day, the 5/25/50/75/95% bands of gold, discount, coverage and supply. */
public final class DailyCsv {
    private DailyCsv() {}

    public static void write(DailyBands bands, Writer out) throws IOException {
        out.write("day," + String.join(",", bands.columnNames()) + "\n");
        StringBuilder line = new StringBuilder(512);
        for (int day = 0; day < bands.days(); day++) {
            line.setLength(0);
            line.append(day);
            for (double value : bands.row(day)) {
                line.append(',').append(value);
            }
            out.append(line).append('\n');
        }
    }
}
