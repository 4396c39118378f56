package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR's recovery with the project's messages: readable expected-token names, "unknown keyword"
 * with a suggestion for misspelt words, and recovery that stays inside the current block.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final Positions positions;
    private final Diagnostics diagnostics;
    /** An unterminated comment already explains why the file ends too early. */
    private final boolean endOfFileExplained;
    /** The first token of the last condition-bearing statement an error was reported in. */
    private Token erroneousStatement;

    SyntaxErrorStrategy(Positions positions, Diagnostics diagnostics, boolean endOfFileExplained) {
        this.positions = positions;
        this.diagnostics = diagnostics;
        this.endOfFileExplained = endOfFileExplained;
    }

    /**
     * Checks the token before a loop or optional part, as ANTLR does, but recovers in place: ANTLR
     * gives up on the enclosing rule at a loop's entry, which would drop the rest of a block after
     * its first bad statement. Here the bad token is reported and skipped up to something that can
     * continue or close the block; an unknown word that starts a later line is reported in its turn.
     */
    @Override
    public void sync(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        int type = recognizer.getInputStream().LA(1);
        if (next.contains(type)) {
            nextTokensContext = null;
            nextTokensState = ATNState.INVALID_STATE_NUMBER;
            return;
        }
        if (next.contains(Token.EPSILON)) {
            // The rule may end here; what follows is its caller's to check (as in ANTLR).
            if (nextTokensContext == null) {
                nextTokensContext = recognizer.getContext();
                nextTokensState = recognizer.getState();
            }
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START,
                    ATNState.STAR_BLOCK_START,
                    ATNState.PLUS_BLOCK_START,
                    ATNState.STAR_LOOP_ENTRY,
                    ATNState.STAR_LOOP_BACK,
                    ATNState.PLUS_LOOP_BACK -> {
                if (singleTokenDeletion(recognizer) == null) {
                    skipStatements(recognizer);
                }
            }
            default -> {}
        }
    }

    private void skipStatements(Parser recognizer) {
        IntervalSet expected = getExpectedTokens(recognizer);
        IntervalSet resume = expected.or(getErrorRecoverySet(recognizer));
        if (nextTokensContext != null) {
            // What could have continued the construct just finished (a ',' after a reserve asset).
            expected = expected.or(recognizer.getATN().getExpectedTokens(nextTokensState, nextTokensContext));
        }
        TokenStream input = recognizer.getInputStream();
        while (true) {
            beginErrorCondition(recognizer);
            if (!repeatsInStatement(recognizer)) {
                report(recognizer, input.LT(1), expected);
            }
            int line = input.LT(1).getLine();
            int depth = 0;
            do {
                depth = Math.max(0, depth + braceDepthChange(input.LA(1)));
                recognizer.consume();
            } while (input.LA(1) != Token.EOF
                    && (depth > 0 || (!resume.contains(input.LA(1)) && !isWordOnLaterLine(input.LT(1), line))));
            if (input.LA(1) != GramLexer.IDENTIFIER) {
                return;
            }
            endErrorCondition(recognizer); // a new unknown word on a later line: a problem of its own
            expected = getExpectedTokens(recognizer);
        }
    }

    private static boolean isWordOnLaterLine(Token token, int line) {
        return token.getType() == GramLexer.IDENTIFIER && token.getLine() > line;
    }

    private static int braceDepthChange(int type) {
        return type == GramLexer.LBRACE ? 1 : type == GramLexer.RBRACE ? -1 : 0;
    }

    /**
     * Skips a braced block as a whole: after {@code behavior { ... }} (misspelt) recovery resumes
     * after its closing brace instead of taking that brace for the end of the enclosing block.
     */
    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        TokenStream input = recognizer.getInputStream();
        int depth = 0;
        while (input.LA(1) != Token.EOF && (depth > 0 || !set.contains(input.LA(1)))) {
            depth = Math.max(0, depth + braceDepthChange(input.LA(1)));
            recognizer.consume();
        }
    }

    /**
     * Whether an earlier error was reported in the same condition-bearing statement ({@code when
     * ... then ...}, {@code halt when}, a report line): once a condition has gone wrong, what the
     * parser says about the rest of it is noise. Other statements keep every error.
     */
    private boolean repeatsInStatement(Parser recognizer) {
        for (ParserRuleContext context = recognizer.getContext(); context != null; context = context.getParent()) {
            if (context instanceof GramParser.ResponseContext
                    || context instanceof GramParser.HaltWhenStatementContext
                    || context instanceof GramParser.ReportStatementContext) {
                Token start = context.getStart();
                boolean repeated = start == erroneousStatement;
                erroneousStatement = start;
                return repeated;
            }
        }
        return false;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (repeatsInStatement(recognizer)) {
            return;
        }
        IntervalSet expected = e.getExpectedTokens();
        report(recognizer, e.getOffendingToken(), expected != null ? expected : getExpectedTokens(recognizer));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (repeatsInStatement(recognizer)) {
            return;
        }
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (repeatsInStatement(recognizer)) {
            return;
        }
        Token token = recognizer.getCurrentToken();
        List<String> names = TokenNames.names(getExpectedTokens(recognizer));
        String what = names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
        String where = token.getType() == Token.EOF ? " at end of file" : " before " + TokenNames.found(token);
        diagnostics.report(GramCode.MISSING_INPUT.at(positions.span(token), "missing " + what + where));
    }

    private void report(Parser recognizer, Token token, IntervalSet expected) {
        if (token.getType() == Token.EOF && endOfFileExplained) {
            return;
        }
        Token previous = recognizer.getInputStream().LT(-1);
        if (token.getType() == GramLexer.IDENTIFIER && (TokenNames.expectsWord(expected) || isNumber(previous))) {
            unknownWord(recognizer, token, expected, isNumber(previous));
        } else if (token.getType() == Token.EOF && previous == null) {
            diagnostics.report(GramCode.MISSING_INPUT.at(
                    positions.span(token), "the file is empty; a scenario starts with 'scenario \"<name>\" {'"));
        } else if (token.getType() == Token.EOF && expected.contains(GramLexer.RBRACE)) {
            diagnostics.report(GramCode.MISSING_INPUT.at(
                    positions.span(token), "missing '}' at end of file" + openBlock(recognizer)));
        } else {
            diagnostics.report(GramCode.UNEXPECTED_INPUT.at(
                    positions.span(token),
                    "unexpected " + TokenNames.found(token) + "; " + TokenNames.expected(expected)
                            + (expected.contains(GramLexer.RBRACE) ? TokenNames.home(token) : "")));
        }
    }

    /**
     * The block left open, for "missing '}' at end of file": the end of the file is rarely where
     * the brace was forgotten. A '}' that starts its line left of the line that opened the block
     * it closes was meant for an outer block, so the block it closed is the one left open (the
     * parser cannot know that); otherwise the innermost block the parser is still in.
     */
    private static String openBlock(Parser recognizer) {
        TokenStream input = recognizer.getInputStream();
        Deque<Integer> opened = new ArrayDeque<>();
        for (int i = 0; i < input.size(); i++) {
            Token token = input.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (token.getType() == GramLexer.LBRACE) {
                opened.push(i);
            } else if (token.getType() == GramLexer.RBRACE && !opened.isEmpty()) {
                int open = opened.pop();
                Token lineStart = input.get(lineStart(input, open));
                if (lineStart(input, i) == i && token.getCharPositionInLine() < lineStart.getCharPositionInLine()) {
                    return "; by its indentation the '}' on line " + token.getLine() + " closes an outer block, so "
                            + Quote.of(header(input, lineStart.getTokenIndex(), open)) + " on line "
                            + input.get(open).getLine() + " is the block left open";
                }
            }
        }
        for (ParserRuleContext context = recognizer.getContext(); context != null; context = context.getParent()) {
            TerminalNode open = context.getToken(GramParser.LBRACE, 0);
            if (open != null && context.getToken(GramParser.RBRACE, 0) == null) {
                int brace = open.getSymbol().getTokenIndex();
                return " to close " + Quote.of(header(input, context.getStart().getTokenIndex(), brace)) + " from line "
                        + open.getSymbol().getLine();
            }
        }
        return "";
    }

    /** The index of the first visible token on the line of token {@code index}. */
    private static int lineStart(TokenStream input, int index) {
        int line = input.get(index).getLine();
        int first = index;
        for (int i = index - 1; i >= 0 && input.get(i).getLine() == line; i--) {
            if (input.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                first = i;
            }
        }
        return first;
    }

    /** The visible tokens {@code from..to} joined by spaces, such as "policy circuit breaker &#123;". */
    private static String header(TokenStream input, int from, int to) {
        StringBuilder header = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token token = input.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                header.append(header.length() == 0 ? "" : " ").append(token.getText());
            }
        }
        return header.toString();
    }

    /** A misspelt keyword, or after a number a misspelt unit (the parser no longer expects one there). */
    private void unknownWord(Parser recognizer, Token token, IntervalSet expected, boolean afterNumber) {
        List<String> candidates = new ArrayList<>(TokenNames.literals(expected));
        if (afterNumber) {
            candidates.addAll(TokenNames.units());
        }
        Token last = afterNumber ? perUnitEnd(recognizer, token) : token;
        if (last != token) {
            // 'usd/g': the whole unit as written, so the suggestion is 'USD/g' rather than 'USD'.
            String written = token.getText() + "/" + last.getText();
            Optional<String> unit = Suggestions.closest(written, TokenNames.units());
            diagnostics.report(GramCode.UNKNOWN_KEYWORD.at(
                    positions.span(token, last),
                    "unknown unit " + Quote.of(written) + "; "
                            + unit.map(u -> "did you mean " + Quote.of(u) + "?")
                                    .orElse(TokenNames.expected(expected))));
            return;
        }
        Optional<String> suggestion = Suggestions.closest(token.getText(), candidates);
        String advice = suggestion
                .map(keyword -> "did you mean " + Quote.of(keyword) + "?")
                .orElse(TokenNames.expected(expected));
        boolean unit =
                afterNumber && suggestion.isPresent() && TokenNames.units().contains(suggestion.get());
        diagnostics.report(GramCode.UNKNOWN_KEYWORD.at(
                positions.span(token),
                (unit ? "unknown unit " : "unknown keyword ") + Quote.of(token.getText()) + "; " + advice));
    }

    /** The 'g' of {@code usd/g} written without spaces after an unknown word, or the word itself. */
    private static Token perUnitEnd(Parser recognizer, Token word) {
        TokenStream input = recognizer.getInputStream();
        if (input.LT(1) != word) {
            return word;
        }
        Token slash = input.LT(2); // the stream fetches tokens as it goes: read ahead through it
        Token mass = input.LT(3);
        boolean adjacent =
                slash.getStartIndex() == word.getStopIndex() + 1 && mass.getStartIndex() == slash.getStopIndex() + 1;
        boolean perMass = mass.getType() == GramLexer.GRAM || mass.getType() == GramLexer.OUNCE;
        return adjacent && slash.getType() == GramLexer.SLASH && perMass ? mass : word;
    }

    private static boolean isNumber(Token token) {
        return token != null && (token.getType() == GramLexer.NUMBER || token.getType() == GramLexer.MALFORMED_NUMBER);
    }
}
