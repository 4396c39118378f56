package io.gramkit.rules;

import io.gramkit.diagnostic.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a {@link RuleBook} from rule files and folders that load as a run loads them. */
final class RuleBookReader {
    private RuleBookReader() {}

    static RuleBook read(List<Path> sources) {
        List<RuleText> texts = RuleSources.read(sources);
        RuleCompiler.compile(texts, RuleBookReader.class.getClassLoader(), DroolsRules.FACT_TYPES);
        RuleDeclarations.of(texts);
        List<RuleBook.Fingerprint> fingerprints = new ArrayList<>();
        List<RuleBook.BookFile> files = new ArrayList<>();
        for (Path source : sources) {
            fingerprints.add(new RuleBook.Fingerprint(source.toString(), RuleSetFingerprint.of(source)));
            for (String relative : RuleSetFingerprint.files(source)) {
                Path file = Files.isDirectory(source) ? source.resolve(relative) : source;
                files.add(new RuleBook.BookFile(
                        file.toString(), role(file.getFileName().toString())));
            }
        }
        List<RuleBook.Rule> rules = new ArrayList<>();
        for (RuleText text : texts) {
            RuleBook.Form form = form(text);
            RuleBook.Header header = RuleFileHeader.of(text.source(), form == RuleBook.Form.DECISION_TABLE);
            List<RuleAnatomy> anatomies = RuleAnatomy.of(text);
            List<RuleCatalogue.Entry> entries = RuleCatalogue.entries(List.of(text));
            for (int i = 0; i < anatomies.size(); i++) {
                RuleAnatomy rule = anatomies.get(i);
                RuleCatalogue.Entry entry = entries.get(i);
                if (!entry.rule().equals(rule.name())) {
                    throw new IllegalStateException("rule " + i + " of " + text.name() + " is '" + entry.rule()
                            + "' to the catalogue and '" + rule.name() + "' to the anatomy");
                }
                rules.add(new RuleBook.Rule(
                        rule.name(),
                        source(text, form, rule),
                        header,
                        RuleInWords.condition(rule),
                        RuleInWords.action(rule),
                        entry.parameters().stream().map(RuleBookReader::level).toList(),
                        RuleCatalogue.numbers(rule),
                        rule.levers().stream()
                                .map(call -> call.lever().label())
                                .distinct()
                                .toList()));
            }
        }
        return new RuleBook(fingerprints, files, rules);
    }

    private static RuleBook.Level level(String name) {
        String[] declared = LevelRanges.declared(name);
        return declared == null
                ? new RuleBook.Level(name, "", "", "")
                : new RuleBook.Level(name, declared[0], declared[1], declared[2]);
    }

    private static String role(String fileName) {
        return switch (RuleSources.kind(fileName)) {
            case RULES -> "DRL rules";
            case DSLR -> "rules in sentences (.dslr)";
            case DSL -> "the sentences' DSL mapping (.dsl)";
            case DECISION_TABLE -> "decision table (CSV)";
            case NOTES -> "note for readers, not loaded";
            default -> "not loaded";
        };
    }

    private static RuleBook.Form form(RuleText text) {
        String name = text.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".drl.csv")) {
            return RuleBook.Form.DECISION_TABLE;
        }
        return name.endsWith(".dslr") ? RuleBook.Form.DSLR : RuleBook.Form.DRL;
    }

    /** The rule as written: its DRL or sentences up to its {@code end}, or its table's titles and row. */
    private static RuleBook.Source source(RuleText text, RuleBook.Form form, RuleAnatomy rule) {
        SourceFile source = text.source();
        int first = text.sourceLine(rule.line());
        if (form == RuleBook.Form.DECISION_TABLE) {
            int titles = titlesRow(source, first);
            String row = source.line(first);
            return new RuleBook.Source(form, text.name(), first, titles > 0 ? source.line(titles) + "\n" + row : row);
        }
        StringBuilder written = new StringBuilder();
        for (int line = first; line <= source.lineCount(); line++) {
            written.append(source.line(line)).append('\n');
            if (source.line(line).strip().equals("end")) {
                break;
            }
        }
        return new RuleBook.Source(form, text.name(), first, written.toString().stripTrailing());
    }

    /**
     * A decision table's column titles: the row after the keyword, object, snippet rows of the
     * {@code RuleTable} above the row; 0 when there is none.
     */
    private static int titlesRow(SourceFile source, int row) {
        for (int line = row - 1; line >= 1; line--) {
            if (source.line(line)
                    .strip()
                    .replace("\"", "")
                    .toLowerCase(Locale.ROOT)
                    .startsWith("ruletable")) {
                int titles = line + 4;
                return titles < row ? titles : 0;
            }
        }
        return 0;
    }
}
