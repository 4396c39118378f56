package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.diagnostic.GramCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * The first pass: text to syntax tree. Reports every lexical and syntax error of the file; the
 * only class whose callers meet ANTLR, and they meet only {@link ScenarioNode} and diagnostics.
 */
public final class ScenarioParser {
    /** A scenario is a few hundred tokens; far more is not a scenario, and would cost memory. */
    public static final int MAX_TOKENS = 200_000;

    private ScenarioParser() {
    }

    /**
     * Parses {@code source}, reporting problems into {@code diagnostics}.
     *
     * @return the syntax tree, or empty if the file had any lexical or syntax error
     */
    public static Optional<ScenarioNode> parse(SourceFile source, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        Positions positions = new Positions(source);
        Optional<List<Token>> tokens = tokens(source, positions, found);
        if (tokens.isEmpty()) {
            diagnostics.addAll(found.sorted());
            return Optional.empty();
        }
        boolean openComment = LexicalErrors.report(tokens.get(), positions, found);

        GramParser parser = new GramParser(new CommonTokenStream(new ListTokenSource(tokens.get())));
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(positions, found, openComment));
        GramParser.ScenarioContext tree = parser.scenario();

        diagnostics.addAll(found.sorted());
        return found.hasErrors() ? Optional.empty() : Optional.of(new AstBuilder(positions).scenario(tree));
    }

    /** All tokens, hidden ones included; empty (with a diagnostic) past {@link #MAX_TOKENS}. */
    private static Optional<List<Token>> tokens(SourceFile source, Positions positions, Diagnostics found) {
        GramLexer lexer = new GramLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        // The lexer has a token for any character, so this listener is a safety net only.
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String message,
                    RecognitionException e) {
                found.report(GramCode.UNEXPECTED_CHARACTER.at(
                        SourceSpan.at(source, line, column + 1, 1), "unreadable input here"));
            }
        });
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
            tokens.add(token);
            if (token.getType() == Token.EOF) {
                return Optional.of(tokens);
            }
            if (tokens.size() > MAX_TOKENS) {
                found.report(GramCode.INPUT_TOO_LARGE.at(positions.span(token), String.format(Locale.ROOT,
                        "the file has more than %,d tokens; a scenario is far smaller", MAX_TOKENS)));
                return Optional.empty();
            }
        }
    }
}
