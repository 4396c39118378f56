package io.gramkit;

import io.gramkit.analysis.AuditCsv;
import io.gramkit.analysis.ColumnDictionary;
import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.DailyShares;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.MetricRow;
import io.gramkit.analysis.PathMetrics;
import io.gramkit.analysis.Summary;
import io.gramkit.analysis.TrajectorySample;
import io.gramkit.interpreter.AuditRecord;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.LeverChanges;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.RuleChanges;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A run's results as Tablesaw tables whose columns are named as in the output files. */
final class GramTables {
    private GramTables() {}

    static Table summary(Summary summary) {
        StringColumn metric = StringColumn.create("metric");
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn se = DoubleColumn.create("standard_error");
        add(metric, value, se, "paths", summary.paths(), Double.NaN);
        add(metric, value, se, "horizon_days", summary.horizonDays(), Double.NaN);
        for (String quantity : summary.quantities()) {
            double[] q = summary.quantiles(quantity);
            for (int i = 0; i < q.length; i++) {
                add(metric, value, se, quantity + "_q" + percent(Summary.PROBABILITIES.get(i)), q[i], Double.NaN);
            }
        }
        add(
                metric,
                value,
                se,
                "share_max_discount_above_1pct",
                summary.maxDiscountAbove1Percent().value(),
                summary.maxDiscountAbove1Percent().standardError());
        add(
                metric,
                value,
                se,
                "share_max_discount_above_10pct",
                summary.maxDiscountAbove10Percent().value(),
                summary.maxDiscountAbove10Percent().standardError());
        add(
                metric,
                value,
                se,
                "share_minting_halted",
                summary.haltedMinting().value(),
                summary.haltedMinting().standardError());
        for (RuleChanges rule : summary.ruleChanges()) {
            add(metric, value, se, "rule_changes: " + rule.rule(), (double) rule.pathDays(), Double.NaN);
        }
        return Table.create("summary: " + summary.scenario(), metric, value, se);
    }

    static Table metrics(List<MetricRow> rows) {
        StringColumn metric = StringColumn.create("metric");
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn se = DoubleColumn.create("standard_error");
        DoubleColumn low = DoubleColumn.create("ci95_low");
        DoubleColumn high = DoubleColumn.create("ci95_high");
        DoubleColumn count = DoubleColumn.create("count");
        StringColumn unit = StringColumn.create("unit");
        StringColumn meaning = StringColumn.create("meaning");
        for (MetricRow row : rows) {
            Estimate e = row.estimate();
            metric.append(row.name());
            value.append(e.value());
            se.append(e.standardError());
            low.append(e.low());
            high.append(e.high());
            count.append((double) e.count());
            unit.append(row.unit());
            meaning.append(row.meaning());
        }
        return Table.create("metrics", metric, value, se, low, high, count, unit, meaning);
    }

    static Table daily(DailyBands bands) {
        Table table = Table.create("daily");
        IntColumn day = IntColumn.create("day");
        for (int d = 0; d < bands.days(); d++) {
            day.append(d);
        }
        table.addColumns(day);
        double[] levels = bands.probabilities();
        List<String> names = bands.columnNames();
        int name = 0;
        for (String quantity : DailyBands.QUANTITIES) {
            for (int i = 0; i < levels.length; i++) {
                DoubleColumn column = DoubleColumn.create(names.get(name++));
                for (int d = 0; d < bands.days(); d++) {
                    column.append(bands.levels(quantity, d)[i]);
                }
                table.addColumns(column);
            }
        }
        return table;
    }

    static Table debtDaily(io.gramkit.analysis.DebtDaily daily) {
        List<String> names = io.gramkit.analysis.DebtDaily.columns();
        Table table = Table.create("debt-daily");
        table.addColumns(IntColumn.create("day"), IntColumn.create("paths_with_debt"));
        for (String name : names.subList(2, names.size())) {
            table.addColumns(DoubleColumn.create(name));
        }
        for (int day = 0; day < daily.days(); day++) {
            table.intColumn("day").append(day);
            table.intColumn("paths_with_debt").append((int) daily.value(day, "paths_with_debt"));
            for (String name : names.subList(2, names.size())) {
                table.doubleColumn(name).append(daily.value(day, name));
            }
        }
        return table;
    }

    static Table dailyShares(DailyShares shares) {
        IntColumn day = IntColumn.create("day");
        IntColumn paths = IntColumn.create("paths");
        Table table = Table.create("daily shares", day, paths);
        List<DoubleColumn> columns = DailyShares.COLUMNS.subList(2, DailyShares.COLUMNS.size()).stream()
                .map(DoubleColumn::create)
                .toList();
        columns.forEach(table::addColumns);
        for (int d = 0; d < shares.days(); d++) {
            day.append(d);
            paths.append((int) shares.share(d, 0).paths());
            for (int k = 0; k < 4; k++) {
                columns.get(2 * k).append(shares.share(d, k).value());
                columns.get(2 * k + 1).append(shares.share(d, k).standardError());
            }
        }
        return table;
    }

    static Table paths(PathOutcomes outcomes) {
        Table table = Table.create("paths");
        for (String name : outcomes.columns()) {
            double[] values = outcomes.column(name);
            if (name.equals("path") || name.equals("mint_enabled") || name.startsWith("days_")) {
                int[] whole = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    whole[i] = (int) values[i];
                }
                table.addColumns(IntColumn.create(name, whole));
            } else {
                table.addColumns(DoubleColumn.create(name, values));
            }
        }
        return table;
    }

    /** Days that never came (no recovery by the horizon) are missing values. */
    static Table pathMetrics(PathMetrics metrics) {
        Table table = Table.create("path metrics");
        for (String name : PathMetrics.COLUMNS) {
            double[] values = metrics.column(name);
            if (name.equals("path")) {
                int[] whole = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    whole[i] = i;
                }
                table.addColumns(IntColumn.create(name, whole));
            } else {
                table.addColumns(DoubleColumn.create(name, values));
            }
        }
        return table;
    }

    /** Long form: one row per path and day of the sampled paths. */
    static Table trajectories(TrajectorySample sample) {
        IntColumn path = IntColumn.create("path");
        IntColumn day = IntColumn.create("day");
        Table table = Table.create("trajectories", path, day);
        List<DoubleColumn> columns =
                TrajectorySample.QUANTITIES.stream().map(DoubleColumn::create).toList();
        columns.forEach(table::addColumns);
        for (int p = 0; p < sample.paths(); p++) {
            for (int d = 0; d < sample.days(); d++) {
                path.append(p);
                day.append(d);
                for (int q = 0; q < columns.size(); q++) {
                    columns.get(q).append(sample.value(TrajectorySample.QUANTITIES.get(q), p, d));
                }
            }
        }
        return table;
    }

    static Table columns(List<ColumnDictionary.Entry> entries) {
        StringColumn file = StringColumn.create("file");
        StringColumn name = StringColumn.create("name");
        StringColumn kind = StringColumn.create("kind");
        StringColumn meaning = StringColumn.create("meaning");
        StringColumn unit = StringColumn.create("unit");
        for (ColumnDictionary.Entry e : entries) {
            file.append(e.file());
            name.append(e.name());
            kind.append(e.kind());
            meaning.append(e.meaning());
            unit.append(e.unit());
        }
        return Table.create("columns", file, name, kind, meaning, unit);
    }

    private static void add(StringColumn metric, DoubleColumn value, DoubleColumn se, String name, double v, double s) {
        metric.append(name);
        value.append(v);
        se.append(s);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%02d", Math.round(p * 100));
    }

    /** audit.csv; before and after are missing for a firing that set no lever, changed then too. */
    static Table audit(AuditTrail trail) {
        IntColumn path = IntColumn.create("path");
        IntColumn day = IntColumn.create("day");
        StringColumn rule = StringColumn.create("rule");
        StringColumn file = StringColumn.create("rule_file");
        IntColumn line = IntColumn.create("rule_line");
        StringColumn lever = StringColumn.create("lever");
        DoubleColumn before = DoubleColumn.create("before");
        DoubleColumn after = DoubleColumn.create("after");
        IntColumn changed = IntColumn.create("changed");
        StringColumn matched = StringColumn.create("matched");
        for (AuditRecord r : trail.records()) {
            path.append(r.path());
            day.append(r.day());
            rule.append(r.ruleName());
            file.append(r.ruleFile());
            line.append(r.ruleLine());
            lever.append(r.lever());
            before.append(r.before());
            after.append(r.after());
            if (r.setLever()) {
                changed.append(r.changed() ? 1 : 0);
            } else {
                changed.appendMissing();
            }
            matched.append(r.matched());
        }
        return Table.create(AuditCsv.AUDIT_FILE, path, day, rule, file, line, lever, before, after, changed, matched);
    }

    /** rule-changes.csv. */
    static Table ruleChanges(AuditTrail trail) {
        StringColumn rule = StringColumn.create("rule");
        StringColumn lever = StringColumn.create("lever");
        tech.tablesaw.api.LongColumn pathDays = tech.tablesaw.api.LongColumn.create("path_days");
        for (LeverChanges changes : trail.leverChanges()) {
            rule.append(changes.rule());
            lever.append(changes.lever());
            pathDays.append(changes.pathDays());
        }
        return Table.create(AuditCsv.RULE_CHANGES_FILE, rule, lever, pathDays);
    }
}
