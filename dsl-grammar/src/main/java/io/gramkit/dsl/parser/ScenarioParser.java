package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.ReportStatement;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.diagnostic.GramCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
    /** Deepest nesting of parentheses read. */
    public static final int MAX_NESTING = 64;
    /** Most operators ({@code and or < + *} ...) in a file. */
    public static final int MAX_OPERATORS = 1_000;

    private static final Set<Integer> OPERATORS = Set.of(
            GramLexer.AND,
            GramLexer.OR,
            GramLexer.LT,
            GramLexer.LE,
            GramLexer.GT,
            GramLexer.GE,
            GramLexer.PLUS,
            GramLexer.MINUS,
            GramLexer.STAR,
            GramLexer.SLASH);

    private ScenarioParser() {}

    /**
     * Parses {@code source}, reporting problems into {@code diagnostics}.
     *
     * @return the syntax tree, or empty if the file had any lexical or syntax error
     */
    public static Optional<ScenarioNode> parse(SourceFile source, Diagnostics diagnostics) {
        return parse(source, diagnostics, false);
    }

    /**
     * Parses a file that {@code import} names: a scenario, or shared blocks without the scenario
     * header (its node then has an empty name).
     */
    public static Optional<ScenarioNode> parseImported(SourceFile source, Diagnostics diagnostics) {
        return parse(source, diagnostics, !startsWithScenario(source));
    }

    /**
     * Parses a condition on its own ({@code discount > 5% and coverage < 100%}), as a metric in a
     * command-line option or notebook call writes it inside {@code probability[...]}.
     *
     * @return the condition with its text, or empty if it had any lexical or syntax error
     */
    public static Optional<ReportStatement.Probability> parseCondition(SourceFile source, Diagnostics diagnostics) {
        return setUp(source, diagnostics, tokens -> tokens).flatMap(setUp -> {
            GramParser.ConditionOnlyContext tree = setUp.parser().conditionOnly();
            return setUp.built(diagnostics, builder -> builder.conditionOnly(tree));
        });
    }

    /** Whether the first token that is not a comment is {@code scenario}. */
    private static boolean startsWithScenario(SourceFile source) {
        GramLexer lexer = new GramLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token.getType() == GramLexer.SCENARIO;
            }
        }
        return false;
    }

    private static Optional<ScenarioNode> parse(SourceFile source, Diagnostics diagnostics, boolean shared) {
        return setUp(source, diagnostics, DeclaredSettingWords::join).flatMap(setUp -> {
            if (shared) {
                GramParser.SharedBlocksContext tree = setUp.parser().sharedBlocks();
                return setUp.built(diagnostics, builder -> builder.sharedBlocks(tree));
            }
            GramParser.ScenarioContext tree = setUp.parser().scenario();
            return setUp.built(diagnostics, builder -> builder.scenario(tree));
        });
    }

    /** A parser over a source's tokens, with the diagnostics it finds and the positions they cite. */
    private record SetUp(GramParser parser, Positions positions, Diagnostics found) {
        /** Reports what was found; the tree built by {@code build} if nothing was an error. */
        <T> Optional<T> built(Diagnostics diagnostics, Function<AstBuilder, T> build) {
            diagnostics.addAll(found.sorted());
            return found.hasErrors() ? Optional.empty() : Optional.of(build.apply(new AstBuilder(positions)));
        }
    }

    /**
     * Lexes {@code source} and sets a parser up over its tokens (as {@code prepare} leaves them);
     * empty, with the diagnostics reported, after a lexical error or nesting too deep to parse.
     */
    private static Optional<SetUp> setUp(
            SourceFile source, Diagnostics diagnostics, UnaryOperator<List<Token>> prepare) {
        Diagnostics found = new Diagnostics();
        Positions positions = new Positions(source);
        Optional<List<Token>> tokens = tokens(source, positions, found);
        if (tokens.isEmpty()) {
            diagnostics.addAll(found.sorted());
            return Optional.empty();
        }
        boolean openComment = LexicalErrors.report(tokens.get(), positions, found);
        if (!shallow(tokens.get(), positions, found)) {
            diagnostics.addAll(found.sorted());
            return Optional.empty();
        }
        GramParser parser = new GramParser(new CommonTokenStream(new ListTokenSource(prepare.apply(tokens.get()))));
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(positions, found, openComment));
        return Optional.of(new SetUp(parser, positions, found));
    }

    /**
     * Refuses parentheses nested deeper than {@link #MAX_NESTING}, and more than {@link
     * #MAX_OPERATORS} operators, before parsing: each level of a condition costs a level of
     * recursion in the passes that follow, and no scenario an analyst writes comes close.
     */
    private static boolean shallow(List<Token> tokens, Positions positions, Diagnostics found) {
        int depth = 0;
        int operators = 0;
        for (Token token : tokens) {
            if (OPERATORS.contains(token.getType()) && ++operators > MAX_OPERATORS) {
                found.report(GramCode.NESTED_TOO_DEEP.at(
                        positions.span(token),
                        String.format(
                                Locale.ROOT,
                                "more than %,d operators in one file; conditions this long are not read",
                                MAX_OPERATORS)));
                return false;
            }
            if (token.getType() == GramLexer.LPAREN && ++depth > MAX_NESTING) {
                found.report(GramCode.NESTED_TOO_DEEP.at(
                        positions.span(token),
                        String.format(
                                Locale.ROOT,
                                "parentheses nested more than %d deep; split the condition",
                                MAX_NESTING)));
                return false;
            } else if (token.getType() == GramLexer.RPAREN) {
                depth = Math.max(0, depth - 1);
            }
        }
        return true;
    }

    /** All tokens, hidden ones included; empty (with a diagnostic) past {@link #MAX_TOKENS}. */
    private static Optional<List<Token>> tokens(SourceFile source, Positions positions, Diagnostics found) {
        GramLexer lexer = new GramLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        // The lexer has a token for any character, so this listener is a safety net only.
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(
                    Recognizer<?, ?> recognizer,
                    Object symbol,
                    int line,
                    int column,
                    String message,
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
                found.report(GramCode.INPUT_TOO_LARGE.at(
                        positions.span(token),
                        String.format(
                                Locale.ROOT,
                                "the file has more than %,d tokens; a scenario is far smaller",
                                MAX_TOKENS)));
                return Optional.empty();
            }
        }
    }
}
