package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.settings.SettingDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds statements in a block: those allowed once (reporting duplicates) and required ones. */
final class Statements {
    private final Diagnostics diagnostics;

    Statements(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The first statement of {@code type} that {@code which} accepts; each later one is a duplicate. */
    <T extends Node> Optional<T> single(
            List<? extends Node> statements, Class<T> type, Predicate<? super T> which, String description) {
        T first = null;
        for (Node statement : statements) {
            if (type.isInstance(statement) && which.test(type.cast(statement))) {
                if (first == null) {
                    first = type.cast(statement);
                } else {
                    diagnostics.report(GramCode.DUPLICATE.at(
                            statement.span(),
                            "duplicate " + description + "; the first is " + where(first.span(), statement.span())));
                }
            }
        }
        return Optional.ofNullable(first);
    }

    <T extends Node> Optional<T> single(List<? extends Node> statements, Class<T> type, String description) {
        return single(statements, type, statement -> true, description);
    }

    Optional<Setting> setting(List<? extends Node> statements, SettingDeclaration name) {
        return single(statements, Setting.class, s -> s.name().equals(name), Quote.of(name.words()));
    }

    /**
     * Reports a missing required statement at the block that should hold it.
     *
     * @param example a line to suggest, starting with the statement's keyword ({@code "spot 75 USD/g"})
     */
    <T extends Node> Optional<T> required(Optional<T> statement, Node enclosing, String where, String example) {
        return required(statement, enclosing, where, example.substring(0, example.indexOf(' ')), example);
    }

    /** {@link #required}, for a statement whose keyword is several words ({@code coverage floor}). */
    <T extends Node> Optional<T> required(
            Optional<T> statement, Node enclosing, String where, String keyword, String example) {
        if (statement.isEmpty()) {
            boolean block = example.contains("{");
            diagnostics.report(GramCode.MISSING_REQUIRED.at(
                    enclosing.span(),
                    "missing '" + keyword + "'"
                            + (block ? " block" : "") + " in " + where + "; add " + (block ? "one" : "a line")
                            + " such as '" + example + "'"));
        }
        return statement;
    }

    /** {@code on line 12}, or {@code earlier on this line}. */
    static String where(SourceSpan first, SourceSpan later) {
        return first.line() == later.line() ? "earlier on this line" : "on line " + first.line();
    }
}
