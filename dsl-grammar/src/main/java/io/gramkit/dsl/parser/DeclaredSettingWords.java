package io.gramkit.dsl.parser;

import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Joins the words of a catalogue setting that has no statement of its own in the grammar ({@link
 * SettingDeclaration.Syntax#DECLARED}) into one {@code DECLARED_SETTING} token, so that a setting
 * declared in {@link Settings} is read without a change to the grammar or the lexer. Words are
 * joined only where a value follows (a number, or a sign), which is where a setting stands.
 */
final class DeclaredSettingWords {
    private static final Set<Integer> VALUE_START =
            Set.of(GramLexer.NUMBER, GramLexer.MALFORMED_NUMBER, GramLexer.PLUS, GramLexer.MINUS);

    /** The declared settings' words, longest first, so the longest name wins. */
    private static final List<List<String>> NAMES = Settings.ALL.stream()
            .filter(d -> d.syntax() == SettingDeclaration.Syntax.DECLARED)
            .map(d -> List.of(d.words().split(" ")))
            .distinct()
            .sorted(Comparator.comparingInt((List<String> words) -> words.size())
                    .reversed())
            .toList();

    private DeclaredSettingWords() {}

    static List<Token> join(List<Token> tokens) {
        if (NAMES.isEmpty()) {
            return tokens;
        }
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int end = match(tokens, i);
            if (end < 0) {
                joined.add(tokens.get(i));
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(end - 1);
            CommonToken token = new CommonToken(first);
            token.setType(GramParser.DECLARED_SETTING);
            token.setStopIndex(last.getStopIndex());
            token.setText(first.getInputStream()
                    .getText(org.antlr.v4.runtime.misc.Interval.of(first.getStartIndex(), last.getStopIndex())));
            joined.add(token);
            i = end - 1;
        }
        return joined;
    }

    /** The index after a declared name that starts at {@code start} and is followed by a value, or -1. */
    private static int match(List<Token> tokens, int start) {
        for (List<String> words : NAMES) {
            int at = start;
            boolean matches = true;
            for (String word : words) {
                if (at >= tokens.size()
                        || tokens.get(at).getChannel() != Token.DEFAULT_CHANNEL
                        || !tokens.get(at).getText().equals(word)) {
                    matches = false;
                    break;
                }
                at++;
            }
            if (matches
                    && at < tokens.size()
                    && VALUE_START.contains(tokens.get(at).getType())) {
                return at;
            }
        }
        return -1;
    }
}
