package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads rule files and folders into {@link RuleText}s, reporting what Drools would otherwise skip
 * in silence. In a folder, files are taken in order of their names ({@link String#compareTo});
 * {@code .drl} files are rules; {@code .md} and {@code .txt} files are notes for readers and hidden
 * files (names starting with '.') belong to editors and version control: both are passed over.
 * Anything else, a subfolder included, is an error: a rule written in a form the kit does not load
 * must not quietly drop out of a run.
 */
final class RuleSources {
    static final String PACKAGED_FOLDER = "io/gramkit/rules/reference/";
    static final String PACKAGED_INDEX = "io/gramkit/rules/reference.index";
    private static final String PACKAGED_NAME = "classpath:" + PACKAGED_FOLDER;

    enum Kind { RULES, NOTES, HIDDEN, DECISION_TABLE, DSL, OTHER }

    private final Diagnostics diagnostics = new Diagnostics();
    private final List<RuleText> texts = new ArrayList<>();

    private RuleSources() {
    }

    /** Reads each source, a {@code .drl} file or a folder of them, in the order given. */
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
        List<String> names = index.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
        int ruleFiles = 0;
        for (String name : names) {
            if (reader.accepts(PACKAGED_NAME + name, name, kind(name), false)) {
                reader.add(PACKAGED_NAME + name, resource(loader, PACKAGED_FOLDER + name));
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
        } else if (fileName.endsWith(".drl")) {
            return Kind.RULES;
        } else if (lower.endsWith(".md") || lower.endsWith(".txt")) {
            return Kind.NOTES;
        } else if (lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx")) {
            return Kind.DECISION_TABLE;
        } else if (lower.endsWith(".dsl") || lower.endsWith(".dslr") || lower.endsWith(".rdslr")) {
            return Kind.DSL;
        }
        return Kind.OTHER;
    }

    private void readSource(Path source) {
        String name = source.toString();
        if (Files.isDirectory(source)) {
            readFolder(source);
        } else if (!Files.exists(source)) {
            diagnostics.error(RuleCodes.UNREADABLE, whole(name), "no rule file or folder at '" + name + "'");
        } else if (kind(source.getFileName().toString()) != Kind.RULES) {
            diagnostics.error(RuleCodes.NOT_A_RULE_FILE, whole(name), "'" + name + "' is not a '.drl' rule file");
        } else {
            readFile(source);
        }
    }

    private void readFolder(Path folder) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(RuleCodes.UNREADABLE, whole(folder.toString()),
                    "cannot read rule folder '" + folder + "': " + e.getMessage());
            return;
        }
        int ruleFiles = 0;
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            if (accepts(entry.toString(), fileName, kind(fileName), Files.isDirectory(entry))) {
                readFile(entry);
                ruleFiles++;
            }
        }
        requireRules(folder.toString(), ruleFiles);
    }

    /** True for a rule file; reports files of a folder that would be skipped. */
    private boolean accepts(String name, String fileName, Kind kind, boolean folder) {
        if (kind == Kind.HIDDEN) {
            return false;
        } else if (folder) {
            diagnostics.error(RuleCodes.NESTED_FOLDER, whole(name),
                    "'" + fileName + "' is a folder; rule folders are not searched recursively");
            return false;
        }
        String problem = switch (kind) {
            case RULES, NOTES, HIDDEN -> null;
            case DECISION_TABLE -> "is a decision table, which the kit does not load; write the rules as a '.drl' file";
            case DSL -> "is written in a DSL, which the kit does not load; write the rules as a '.drl' file";
            case OTHER -> "would not be loaded: a rule folder holds '.drl' rule files and '.md' or '.txt' notes";
        };
        if (problem != null) {
            diagnostics.error(RuleCodes.NOT_A_RULE_FILE, whole(name), "'" + fileName + "' " + problem);
        }
        return kind == Kind.RULES;
    }

    private void requireRules(String folder, int ruleFiles) {
        if (ruleFiles == 0) {
            diagnostics.error(RuleCodes.NO_RULES, whole(folder), "rule folder '" + folder + "' holds no '.drl' files");
        }
    }

    private void readFile(Path file) {
        try {
            add(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(RuleCodes.UNREADABLE, whole(file.toString()), "cannot read '" + file + "': " + e);
        }
    }

    private void add(String name, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            diagnostics.error(RuleCodes.UNREADABLE, whole(name), "'" + name + "' is not UTF-8 text");
            return;
        }
        texts.add(RuleText.of(name, bytes));
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
