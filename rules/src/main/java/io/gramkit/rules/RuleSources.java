package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads rule files and folders into {@link RuleText}s, reporting what Drools would otherwise skip
 * in silence. In a folder, files are taken in order of their names ({@link String#compareTo}).
 * Rules come in three forms: {@code .drl} files; natural-language {@code .dslr} files, each with
 * its {@code .dsl} mapping (the one its {@code expander} line names, else the one of the same
 * name, beside it); and decision tables written as CSV, {@code *.drl.csv}. {@code .md} and
 * {@code .txt} files are notes for readers and hidden files (names starting with '.') belong to
 * editors and version control: both are passed over, unless a note's name says it is a rule file
 * ({@code fees.drl.txt}). Anything else, a subfolder, a mapping no rule file uses, a spreadsheet, a
 * file whose extension is in capitals included, is an error: a rule written in a form the kit does
 * not load must not quietly drop out of a run.
 */
final class RuleSources {
    static final String PACKAGED_FOLDER = "io/gramkit/rules/reference/";
    static final String PACKAGED_INDEX = "io/gramkit/rules/reference.index";
    private static final String PACKAGED_NAME = "classpath:" + PACKAGED_FOLDER;
    /** The extensions of rule files; a name ending in one with other capitals would be skipped. */
    private static final List<String> RULE_EXTENSIONS = List.of(".drl.csv", ".drl", ".dslr", ".dsl");
    /** What marks a name as meant for rules, in a note's name or a spreadsheet's. */
    private static final List<String> RULE_MARKS = List.of(".drl", ".dslr", ".dsl", ".csv", ".xls", ".xlsx", ".rdslr");

    /** A DRL rule: {@code rule "name"}, then {@code when}, {@code then}, {@code end} lines. */
    private static final java.util.regex.Pattern NOTED_RULE = java.util.regex.Pattern.compile(
            "(?ms)^[ \\t]*(rule)[ \\t]+(\"[^\"\\n]+\"|'[^'\\n]+'|\\w+).*?^[ \\t]*when\\b.*?^[ \\t]*then\\b.*?^[ \\t]*end\\b");
    /** A decision table: its {@code RuleTable} cell. */
    private static final java.util.regex.Pattern NOTED_TABLE =
            java.util.regex.Pattern.compile("(?m)^[ \\t\"]*(RuleTable)\\b");
    /** A Markdown code fence, whose content is an example. */
    private static final java.util.regex.Pattern FENCED =
            java.util.regex.Pattern.compile("(?ms)^[ \\t]*```.*?^[ \\t]*```");

    enum Kind {
        RULES,
        DSLR,
        DSL,
        DECISION_TABLE,
        NOTES,
        HIDDEN,
        DISGUISED,
        MISCASED,
        SPREADSHEET,
        OTHER
    }

    private final Diagnostics diagnostics = new Diagnostics();
    private final List<RuleText> texts = new ArrayList<>();

    private RuleSources() {}

    /** Reads each source, a rule file or a folder of them, in the order given. */
    static List<RuleText> read(List<Path> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no rule files or folders given");
        }
        RuleSources reader = new RuleSources();
        for (Path source : sources) {
            reader.readSource(source);
        }
        reader.diagnostics.throwIfErrors();
        return List.copyOf(reader.texts);
    }

    /** Reads the reference rules packaged in the jar, listed by the index the build writes. */
    static List<RuleText> packaged(ClassLoader loader) {
        String index = new String(resource(loader, PACKAGED_INDEX), StandardCharsets.UTF_8);
        RuleSources reader = new RuleSources();
        List<String> names = index.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .sorted()
                .toList();
        int ruleFiles = 0;
        for (String name : names) {
            if (reader.accepts(PACKAGED_NAME + name, name, kind(name), false)) {
                if (kind(name) != Kind.RULES) {
                    throw new IllegalStateException("the packaged reference rules hold only .drl files, not " + name);
                }
                reader.addDrl(PACKAGED_NAME + name, resource(loader, PACKAGED_FOLDER + name));
                ruleFiles++;
            }
        }
        reader.requireRules(PACKAGED_NAME, ruleFiles);
        reader.diagnostics.throwIfErrors();
        return List.copyOf(reader.texts);
    }

    static Kind kind(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (fileName.startsWith(".")) {
            return Kind.HIDDEN;
        } else if (fileName.endsWith(".drl.csv")) {
            return Kind.DECISION_TABLE;
        } else if (fileName.endsWith(".drl")) {
            return Kind.RULES;
        } else if (fileName.endsWith(".dslr")) {
            return Kind.DSLR;
        } else if (fileName.endsWith(".dsl")) {
            return Kind.DSL;
        } else if (RULE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return Kind.MISCASED;
        } else if (lower.endsWith(".md") || lower.endsWith(".txt")) {
            String stem = lower.substring(0, lower.lastIndexOf('.'));
            return RULE_MARKS.stream().anyMatch(stem::contains) ? Kind.DISGUISED : Kind.NOTES;
        } else if (lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx")) {
            return Kind.SPREADSHEET;
        }
        return Kind.OTHER;
    }

    private void readSource(Path source) {
        String name = source.toString();
        if (Files.isDirectory(source)) {
            readFolder(source);
        } else if (!Files.exists(source)) {
            diagnostics.error(RuleCode.UNREADABLE, whole(name), "no rule file or folder at '" + name + "'");
        } else {
            String fileName = source.getFileName().toString();
            Kind kind = kind(fileName);
            if (kind == Kind.RULES || kind == Kind.DSLR || kind == Kind.DECISION_TABLE) {
                // the mapping of a .dslr file given by name is looked for beside it, named as the file is
                Path folder = source.getParent() != null ? source.getParent() : Path.of("");
                readFile(source, kind, dslFiles(folder), null);
            } else if (kind == Kind.DSL) {
                diagnostics.error(
                        RuleCode.NOT_A_RULE_FILE,
                        whole(name),
                        "'" + name + "' is a DSL mapping, not a rule file; give the '.dslr' file that uses it");
            } else {
                diagnostics.error(
                        RuleCode.NOT_A_RULE_FILE,
                        whole(name),
                        "'" + name
                                + "' is not a rule file ('.drl', '.dslr' with its '.dsl', or a '.drl.csv' decision table)");
            }
        }
    }

    private void readFolder(Path folder) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted(
                            Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(
                    RuleCode.UNREADABLE,
                    whole(folder.toString()),
                    "cannot read rule folder '" + folder + "': " + e.getMessage());
            return;
        }
        List<Path> mappings = entries.stream()
                .filter(entry -> kind(entry.getFileName().toString()) == Kind.DSL && !Files.isDirectory(entry))
                .toList();
        Set<Path> usedMappings = new HashSet<>();
        int ruleFiles = 0;
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            Kind kind = kind(fileName);
            if (accepts(entry.toString(), fileName, kind, Files.isDirectory(entry))) {
                readFile(entry, kind, mappings, usedMappings);
                ruleFiles++;
            } else if (kind == Kind.NOTES && !Files.isDirectory(entry)) {
                checkNote(entry);
            }
        }
        for (Path mapping : mappings) {
            if (!usedMappings.contains(mapping)) {
                String fileName = mapping.getFileName().toString();
                diagnostics.error(
                        RuleCode.UNUSED_MAPPING,
                        whole(mapping.toString()),
                        "'" + fileName
                                + "' is a DSL mapping that no '.dslr' file in the folder uses; name it in a '.dslr' file's"
                                + " 'expander' line or remove it");
            }
        }
        requireRules(folder.toString(), ruleFiles);
    }

    /**
     * A note that holds rule text (a rule file saved as {@code fees.txt}) would be passed over, and
     * the run would quietly lack its rules. Examples in a Markdown code fence are notes.
     */
    private void checkNote(Path note) {
        byte[] bytes = bytes(note);
        if (bytes == null) {
            return;
        }
        SourceFile source = new SourceFile(note.toString(), new String(bytes, StandardCharsets.UTF_8));
        String fileName = note.getFileName().toString();
        String text = fileName.toLowerCase(Locale.ROOT).endsWith(".md")
                ? FENCED.matcher(source.text())
                        .replaceAll(m -> "\n".repeat((int)
                                m.group().chars().filter(c -> c == '\n').count()))
                : source.text();
        Matcher rule = NOTED_RULE.matcher(text);
        Matcher table = NOTED_TABLE.matcher(text);
        int at = rule.find() ? rule.start(1) : table.find() ? table.start(1) : -1;
        if (at < 0) {
            return;
        }
        int line = source.lineOf(at);
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        diagnostics.error(
                RuleCode.NOTE_WITH_RULES,
                SourceSpan.at(
                        source,
                        line,
                        at - source.lineStart(line) + 1,
                        source.line(line).strip().length()),
                "'" + fileName + "' is a note, which a run passes over, but it holds "
                        + "rule text"
                        + ": rename it '" + stem + ".drl' (or '.dslr', '.drl.csv') to load it, or move it out of the"
                        + " rule folder");
    }

    /** True for a rule file; reports files of a folder that would be skipped. */
    private boolean accepts(String name, String fileName, Kind kind, boolean folder) {
        if (kind == Kind.HIDDEN) {
            return false;
        } else if (folder) {
            diagnostics.error(
                    RuleCode.NESTED_FOLDER,
                    whole(name),
                    "'" + fileName + "' is a folder; rule folders are not searched recursively");
            return false;
        }
        String problem = switch (kind) {
            case RULES, DSLR, DECISION_TABLE, DSL, NOTES, HIDDEN -> null;
            case DISGUISED ->
                "looks like rules but would be passed over as a note; rename it '"
                        + fileName.substring(0, fileName.lastIndexOf('.'))
                        + "' to load it, or move it out of the folder";
            case MISCASED ->
                "would not be loaded: rule file names end in lower case ('.drl', '.dslr', '.dsl',"
                        + " '.drl.csv'); rename it '" + lowerCaseExtension(fileName) + "'";
            case SPREADSHEET -> "would not be loaded: decision tables are read as CSV files named '*.drl.csv'";
            case OTHER ->
                "would not be loaded: a rule folder holds '.drl', '.dslr' and '.dsl', and '.drl.csv' rule"
                        + " files, and '.md' or '.txt' notes";
        };
        if (problem != null) {
            diagnostics.error(RuleCode.NOT_A_RULE_FILE, whole(name), "'" + fileName + "' " + problem);
        }
        return kind == Kind.RULES || kind == Kind.DSLR || kind == Kind.DECISION_TABLE;
    }

    private static String lowerCaseExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : RULE_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length()) + extension;
            }
        }
        return fileName;
    }

    private void requireRules(String folder, int ruleFiles) {
        if (ruleFiles == 0) {
            diagnostics.error(
                    RuleCode.NO_RULES,
                    whole(folder),
                    "rule folder '" + folder + "' holds no rule files ('.drl', '.dslr' or '.drl.csv')");
        }
    }

    private static List<Path> dslFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(entry -> kind(entry.getFileName().toString()) == Kind.DSL)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private void readFile(Path file, Kind kind, List<Path> mappings, Set<Path> usedMappings) {
        byte[] bytes = bytes(file);
        if (bytes == null) {
            return;
        }
        String name = file.toString();
        SourceFile source = decode(name, bytes);
        if (source == null) {
            return;
        }
        RuleFile input = new RuleFile(name, RuleText.sha256(bytes));
        switch (kind) {
            case RULES -> texts.add(RuleText.of(name, bytes));
            case DECISION_TABLE -> add(DecisionTables.convert(source, List.of(input), diagnostics));
            case DSLR -> {
                Path mapping = mapping(file, source, mappings);
                if (mapping == null) {
                    return;
                }
                if (usedMappings != null) {
                    usedMappings.add(mapping);
                }
                byte[] dslBytes = bytes(mapping);
                SourceFile dsl = dslBytes == null ? null : decode(mapping.toString(), dslBytes);
                if (dsl != null) {
                    add(DslExpansion.expand(
                            source,
                            dsl,
                            List.of(input, new RuleFile(mapping.toString(), RuleText.sha256(dslBytes))),
                            diagnostics));
                }
            }
            default -> throw new IllegalArgumentException("not a rule file: " + name);
        }
    }

    /**
     * The mapping of a {@code .dslr} file: the file its {@code expander} line names, in its folder;
     * without such a line, the {@code .dsl} file of the same name. Reports a missing one.
     */
    private Path mapping(Path dslr, SourceFile source, List<Path> mappings) {
        String named = DslExpansion.expanderName(source.text());
        String fileName = dslr.getFileName().toString();
        String wanted = named != null ? named : fileName.substring(0, fileName.length() - ".dslr".length()) + ".dsl";
        for (Path mapping : mappings) {
            if (mapping.getFileName().toString().equals(wanted)) {
                return mapping;
            }
        }
        if (named != null) {
            Matcher expander = DslExpansion.EXPANDER.matcher(source.text());
            expander.find();
            int line = source.lineOf(expander.start(1));
            int column = expander.start(1) - source.lineStart(line) + 1;
            diagnostics.error(
                    RuleCode.MISSING_MAPPING,
                    SourceSpan.at(source, line, column, named.length()),
                    "the DSL mapping '" + named + "' is not in the folder of '" + fileName + "'");
        } else {
            diagnostics.error(
                    RuleCode.MISSING_MAPPING,
                    whole(dslr.toString()),
                    "'" + fileName + "' has no DSL mapping: put '" + wanted
                            + "' beside it, or name one with an 'expander' line");
        }
        return null;
    }

    private byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(RuleCode.UNREADABLE, whole(file.toString()), "cannot read '" + file + "': " + e);
            return null;
        }
    }

    private SourceFile decode(String name, byte[] bytes) {
        try {
            return new SourceFile(
                    name,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .decode(ByteBuffer.wrap(bytes))
                            .toString());
        } catch (CharacterCodingException e) {
            diagnostics.error(RuleCode.UNREADABLE, whole(name), "'" + name + "' is not UTF-8 text");
            return null;
        }
    }

    private void add(RuleText text) {
        if (text != null) {
            texts.add(text);
        }
    }

    private void addDrl(String name, byte[] bytes) {
        if (decode(name, bytes) != null) {
            texts.add(RuleText.of(name, bytes));
        }
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the packaged reference rules are incomplete: no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static SourceSpan whole(String name) {
        return SourceSpan.of(new SourceFile(name, ""));
    }
}
