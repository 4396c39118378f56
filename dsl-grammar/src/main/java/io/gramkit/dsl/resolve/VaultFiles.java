package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.Text;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.debt.VaultGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vault file that a debt block names ({@code vaults from "vaults.csv"}), relative to the
 * scenario's folder: a header {@code vaults,collateral_ratio,debt}, then one row per group of alike
 * vaults (a count, the day-0 ratio as a number such as 1.5, the debt of each vault in the dollar's
 * units). Problems are reported at the statement, naming the file's line.
 */
final class VaultFiles {
    static final String HEADER = "vaults,collateral_ratio,debt";

    private final Path baseDirectory;
    private final Diagnostics diagnostics;

    VaultFiles(Path baseDirectory, Diagnostics diagnostics) {
        this.baseDirectory = baseDirectory;
        this.diagnostics = diagnostics;
    }

    List<VaultGroup> read(Text written, double liquidationRatio, double dust) {
        List<String> lines;
        try {
            Path file = baseDirectory.resolve(written.value());
            if (!Files.isRegularFile(file)) {
                diagnostics.report(GramCode.DATA_NOT_FOUND.at(
                        written.span(), "vault file " + Quote.of(written.value()) + " does not exist"));
                return List.of();
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            diagnostics.report(GramCode.DATA_NOT_FOUND.at(
                    written.span(), "vault file " + Quote.of(written.value()) + " cannot be read: " + e.getMessage()));
            return List.of();
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            return problem(written, 1, "the first line must be '" + HEADER + "'");
        }
        List<VaultGroup> groups = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                return problem(written, i + 1, "a row needs 3 fields (" + HEADER + "), found " + fields.length);
            }
            try {
                long count = Long.parseLong(fields[0].strip());
                double ratio = Double.parseDouble(fields[1].strip());
                double debt = Double.parseDouble(fields[2].strip());
                if (count < 1
                        || ratio <= liquidationRatio
                        || !(ratio > 0)
                        || debt < dust
                        || !(debt > 0)
                        || Double.isInfinite(debt)) {
                    return problem(
                            written,
                            i + 1,
                            "each row needs at least one vault, a ratio above the liquidation ratio ("
                                    + plain(liquidationRatio) + ") and a debt of at least the dust (" + plain(dust)
                                    + ")");
                }
                groups.add(new VaultGroup(written.span(), count, ratio, debt));
            } catch (NumberFormatException e) {
                return problem(written, i + 1, "a field is not a number: " + Quote.of(line));
            }
        }
        if (groups.isEmpty()) {
            return problem(written, lines.size(), "the file lists no vaults");
        }
        return groups;
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value))
                .stripTrailingZeros()
                .toPlainString();
    }

    private List<VaultGroup> problem(Text written, int line, String message) {
        diagnostics.report(GramCode.NOT_VAULTS.at(
                written.span(), "vault file " + Quote.of(written.value()) + ", line " + line + ": " + message));
        return List.of();
    }
}
