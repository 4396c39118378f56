package io.gramkit.dsl.compose;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.Description;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.Import;
import io.gramkit.dsl.ast.ImportKind;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.ReportBlock;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.parser.SourceFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The import pass, between parsing and resolving: replaces each {@code import} by the statements
 * of the file it names (itself with its imports done), then lays the file's own statements over
 * them ({@link Merge}). Paths in an imported file (its rules, its data files, its own imports)
 * stay relative to that file's folder. A file that imports itself, directly or through others,
 * is reported with the chain of files.
 */
public final class Imports {
    /** Deepest chain of imports followed; a cycle is reported long before. */
    private static final int MAX_DEPTH = 32;

    private final Diagnostics diagnostics;

    private Imports(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The scenario with every import done, or empty if an import failed.
     *
     * @param file   the scenario file, absolute and normalised, or empty for text that is not a file
     * @param folder the folder the scenario's paths are relative to
     */
    public static Optional<ScenarioNode> expand(
            ScenarioNode scenario, Optional<Path> file, Path folder, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        List<Path> chain = new ArrayList<>();
        file.ifPresent(chain::add);
        Optional<List<ScenarioStatement>> statements = new Imports(found)
                .statements(scenario, folder, scenario.span().file().name(), chain);
        diagnostics.addAll(found.sorted());
        return found.hasErrors() || statements.isEmpty()
                ? Optional.empty()
                : Optional.of(new ScenarioNode(scenario.span(), scenario.name(), statements.get()));
    }

    /** @param shownAs how diagnostics name the file; files it imports are named relative to it */
    private Optional<List<ScenarioStatement>> statements(
            ScenarioNode node, Path folder, String shownAs, List<Path> chain) {
        List<ScenarioStatement> imported = new ArrayList<>();
        List<ScenarioStatement> own = new ArrayList<>();
        boolean failed = false;
        for (ScenarioStatement statement : node.statements()) {
            if (statement instanceof Import anImport) {
                Optional<List<ScenarioStatement>> taken = imported(anImport, folder, shownAs, chain);
                if (taken.isPresent()) {
                    // An imported file's description says what that file is, not what this one is.
                    List<ScenarioStatement> statements = taken.get().stream()
                            .filter(s -> !(s instanceof Description))
                            .toList();
                    imported = Merge.scenario(imported, statements);
                } else {
                    failed = true;
                }
            } else {
                own.add(statement);
            }
        }
        return failed ? Optional.empty() : Optional.of(Merge.scenario(imported, own));
    }

    private Optional<List<ScenarioStatement>> imported(Import anImport, Path folder, String shownAs, List<Path> chain) {
        String written = anImport.path().value();
        Path path;
        try {
            path = folder.resolve(written).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            diagnostics.report(GramCode.IMPORT_NOT_FOUND.at(
                    anImport.path().span(), "import " + Quote.of(written) + " is not a valid path"));
            return Optional.empty();
        }
        if (chain.contains(path)) {
            String cycle = chain.subList(chain.indexOf(path), chain.size()).stream()
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.joining(" imports "));
            diagnostics.report(GramCode.IMPORT_CYCLE.at(
                    anImport.span(),
                    chain.get(chain.size() - 1).equals(path)
                            ? "this file imports itself"
                            : "import cycle: " + cycle + " imports " + path.getFileName()));
            return Optional.empty();
        }
        if (chain.size() >= MAX_DEPTH) {
            diagnostics.report(
                    GramCode.IMPORT_CYCLE.at(anImport.span(), "imports nested more than " + MAX_DEPTH + " files deep"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            diagnostics.report(GramCode.IMPORT_NOT_FOUND.at(
                    anImport.path().span(),
                    "import " + Quote.of(written)
                            + " not found; paths are relative to the folder of the importing file"));
            return Optional.empty();
        }
        String name = shownName(shownAs, written);
        Optional<SourceFile> source = SourceFiles.read(path, name, diagnostics);
        Optional<ScenarioNode> parsed = source.flatMap(text -> ScenarioParser.parseImported(text, diagnostics));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        if (parsed.get().statements().isEmpty()) {
            diagnostics.report(GramCode.IMPORTS_NOTHING.at(
                    anImport.span(), "nothing to import: " + Quote.of(written) + " holds no statements"));
            return Optional.empty();
        }
        List<Path> longer = new ArrayList<>(chain);
        longer.add(path);
        Path importedFolder = path.getParent();
        return statements(parsed.get(), importedFolder, name, longer)
                .map(statements -> Relocate.all(statements, importedFolder))
                .flatMap(statements -> select(anImport, statements));
    }

    /** {@code scenarios/base.gram} for {@code base.gram} imported by {@code scenarios/taper.gram}. */
    private static String shownName(String importer, String written) {
        try {
            Path parent = Path.of(importer).getParent();
            Path shown = parent == null ? Path.of(written) : parent.resolve(written);
            return shown.normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return written;
        }
    }

    /** The statements of the kinds the import names (all if it names none). */
    private Optional<List<ScenarioStatement>> select(Import anImport, List<ScenarioStatement> statements) {
        if (anImport.kinds().isEmpty()) {
            return Optional.of(statements);
        }
        List<ScenarioStatement> selected = new ArrayList<>();
        boolean failed = false;
        for (ImportKind kind : anImport.kinds()) {
            List<ScenarioStatement> ofKind = statements.stream()
                    .filter(s -> kind(s).filter(kind::equals).isPresent())
                    .toList();
            if (ofKind.isEmpty()) {
                diagnostics.report(GramCode.IMPORTS_NOTHING.at(
                        anImport.span(),
                        "nothing to import: "
                                + Quote.of(anImport.path().value()) + " has no " + kind.word()
                                + (kind == ImportKind.RULES ? " statement" : " block")));
                failed = true;
            }
            selected.addAll(ofKind);
        }
        return failed ? Optional.empty() : Optional.of(selected);
    }

    private static Optional<ImportKind> kind(ScenarioStatement statement) {
        if (statement instanceof GoldBlock) {
            return Optional.of(ImportKind.GOLD);
        } else if (statement instanceof TokenBlock) {
            return Optional.of(ImportKind.TOKEN);
        } else if (statement instanceof BehaviourBlock) {
            return Optional.of(ImportKind.BEHAVIOUR);
        } else if (statement instanceof PolicyBlock) {
            return Optional.of(ImportKind.POLICY);
        } else if (statement instanceof ReportBlock) {
            return Optional.of(ImportKind.REPORT);
        } else if (statement instanceof RuleImport) {
            return Optional.of(ImportKind.RULES);
        }
        return Optional.empty();
    }
}
