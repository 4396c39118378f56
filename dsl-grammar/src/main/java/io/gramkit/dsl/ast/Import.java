package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/**
 * {@code import "common/token.gram"} or {@code import token, behaviour from "base.gram"}: takes the
 * statements of another file (all, or the named kinds); the importing file's own statements
 * override them setting by setting.
 *
 * @param kinds the kinds of statement to take; empty means everything
 */
public record Import(SourceSpan span, List<ImportKind> kinds, Text path) implements ScenarioStatement {
    public Import {
        kinds = List.copyOf(kinds);
    }
}
