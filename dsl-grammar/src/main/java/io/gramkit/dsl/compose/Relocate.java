package io.gramkit.dsl.compose;

import io.gramkit.dsl.ast.BootstrapModel;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.ast.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the file paths of imported statements (rule files, price files) absolute, resolved against
 * the imported file's folder, so they mean the same in the importing file. Spans are kept: a
 * problem with the path still points into the file that wrote it.
 */
final class Relocate {
    private Relocate() {}

    static List<ScenarioStatement> all(List<ScenarioStatement> statements, Path folder) {
        return statements.stream()
                .map(statement -> statement(statement, folder))
                .toList();
    }

    private static ScenarioStatement statement(ScenarioStatement statement, Path folder) {
        if (statement instanceof RuleImport rules) {
            return new RuleImport(rules.span(), path(rules.path(), folder));
        } else if (statement instanceof GoldBlock gold) {
            return new GoldBlock(
                    gold.span(),
                    gold.statements().stream().map(s -> gold(s, folder)).toList());
        }
        return statement;
    }

    private static GoldStatement gold(GoldStatement statement, Path folder) {
        if (statement instanceof BootstrapModel model) {
            return new BootstrapModel(
                    model.span(), path(model.file(), folder), model.from(), model.to(), model.meanBlock());
        } else if (statement instanceof ShockStatement shock && shock.effect() instanceof ShockEffect.Replay replay) {
            return new ShockStatement(
                    shock.span(),
                    shock.name(),
                    new ShockEffect.Replay(
                            replay.span(), path(replay.file(), folder), replay.from(), replay.to(), replay.firstDay()));
        }
        return statement;
    }

    /** An empty or invalid path is left as written, for the resolver to report. */
    private static Text path(Text written, Path folder) {
        if (written.value().isBlank()) {
            return written;
        }
        try {
            return new Text(
                    written.span(),
                    folder.resolve(written.value()).toAbsolutePath().normalize().toString());
        } catch (InvalidPathException e) {
            return written;
        }
    }
}
