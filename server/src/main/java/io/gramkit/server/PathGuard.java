package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.ast.BootstrapModel;
import io.gramkit.dsl.ast.Import;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.Text;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.parser.SourceFiles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every path a submitted scenario names (its {@code import}s, {@code rules} and price
 * files, and those of the files it imports) before anything reads them, so that a request
 * cannot make the service read a file outside its {@link Workspace}: the libraries and the
 * request's own files. A path must be relative, may climb with {@code ..} only at its start, and
 * must stay inside the workspace; anything else is an S101 error at the path. Climbing only at the
 * start keeps the path the guard checks and the path the file system follows the same, although
 * the workspace reaches the libraries through symbolic links.
 */
final class PathGuard {
    /** Deeper chains of imports are left to the loader, which reports them. */
    private static final int MAX_DEPTH = 32;

    private final Path root;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    private PathGuard(Path root) {
        this.root = root;
    }

    /**
     * Every path problem of {@code source}, which lies in {@code folder} of the workspace at
     * {@code root}; empty if all is well or if the text does not parse (the loader then reports
     * why, without reading any file).
     */
    static List<Diagnostic> check(SourceFile source, Path folder, Path root) {
        PathGuard guard = new PathGuard(root);
        ScenarioParser.parse(source, new Diagnostics()).ifPresent(tree -> guard.walk(tree, folder, 0));
        return List.copyOf(guard.problems);
    }

    private void walk(Object node, Path folder, int depth) {
        if (node instanceof Import anImport) {
            Optional<Path> target = admitted(anImport.path(), folder);
            if (target.isPresent()
                    && depth < MAX_DEPTH
                    && visited.add(target.get())
                    && Files.isRegularFile(target.get())) {
                importedTree(target.get())
                        .ifPresent(tree -> walk(tree, target.get().getParent(), depth + 1));
            }
            return;
        }
        if (node instanceof RuleImport rules) {
            admitted(rules.path(), folder);
            return;
        }
        if (node instanceof BootstrapModel bootstrap) {
            admitted(bootstrap.file(), folder);
        } else if (node instanceof ShockEffect.Replay replay) {
            admitted(replay.file(), folder);
        }
        children(node).forEach(child -> walk(child, folder, depth));
    }

    /** The parts of an AST node: its record components, and the elements of lists and optionals. */
    private static List<Object> children(Object node) {
        List<Object> children = new ArrayList<>();
        if (node instanceof List<?> list) {
            children.addAll(list);
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(children::add);
        } else if (node != null
                && node.getClass().isRecord()
                && node.getClass().getPackageName().startsWith("io.gramkit.dsl")) {
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                try {
                    children.add(component.getAccessor().invoke(node));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component + " of " + node.getClass(), e);
                }
            }
        }
        return children;
    }

    private static Optional<ScenarioNode> importedTree(Path file) {
        Diagnostics ignored = new Diagnostics();
        return SourceFiles.read(file, file.getFileName().toString(), ignored)
                .flatMap(text -> ScenarioParser.parseImported(text, ignored));
    }

    /** The path {@code written} names from {@code folder}, if it is admitted; else reports it. */
    private Optional<Path> admitted(Text written, Path folder) {
        String value = written.value();
        Path relative;
        try {
            relative = Path.of(value);
        } catch (InvalidPathException e) {
            return refuse(written, "is not a valid path");
        }
        if (relative.isAbsolute() || value.startsWith("~")) {
            return refuse(
                    written,
                    "is absolute; paths are relative to the scenario, inside the libraries and the request's files");
        }
        boolean named = false;
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                if (named) {
                    return refuse(written, "climbs with '..' after a folder name; write the path without it");
                }
            } else {
                named = true;
            }
        }
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            return refuse(written, "leaves the scenario and rule libraries and the request's own files");
        }
        return Optional.of(target);
    }

    private Optional<Path> refuse(Text written, String why) {
        problems.add(ServiceCode.PATH_OUTSIDE.at(written.span(), "the path '" + written.value() + "' " + why));
        return Optional.empty();
    }
}
