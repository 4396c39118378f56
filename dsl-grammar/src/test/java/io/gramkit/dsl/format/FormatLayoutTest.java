package io.gramkit.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.parser.Lexemes;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The layout rules one at a time, on text that need not parse (syntax the language will have). */
class FormatLayoutTest {

    private static String layout(String text) {
        return ScenarioFormatter.layout(Lexemes.of(new SourceFile("test.gram", text)));
    }

    @Test
    void statementsTheGrammarDoesNotHaveYetFormatByTheirBracesCommasAndLines() {
        String messy = """
                scenario "Next" {
                import   "common.gram"{token}
                   sweep fee in 0.1 %,0.25%  , 0.5%
                policy redemption {
                  when discount > 1%   then fee 1%   // raise



                  when discount < 0.2% and coverage > 100%
                       then fee 0.25%
                }
                report { quantiles 5%, 50%, 95%
                probability coverage < 100% }
                }""";
        assertThat(layout(messy)).isEqualTo("""
                        scenario "Next" {
                          import "common.gram" {
                            token
                          }
                          sweep fee in 0.1%, 0.25%, 0.5%
                          policy redemption {
                            when discount > 1% then fee 1%  // raise

                            when discount < 0.2% and coverage > 100%
                              then fee 0.25%
                          }
                          report {
                            quantiles 5%, 50%, 95%
                            probability coverage < 100%
                          }
                        }
                        """);
    }

    @Test
    void aLineContinuesAStatementAfterACommaOrWhenIndentedDeeperThanTheStatementsFirstLine() {
        assertThat(layout("a {\n  b 1,\n  2\n  c\n      d\n        e\n  f\n}\n"))
                .isEqualTo("a {\n  b 1,\n    2\n  c\n    d\n    e\n  f\n}\n");
        assertThat(layout("a {\nb\n    c\n  d\n}\n"))
                .as("a block written flush left says nothing by its indentation")
                .isEqualTo("a {\n  b\n  c\n  d\n}\n");
    }

    @Test
    void signsKeepTheirSpacingAndBracketsHugTheirContents() {
        assertThat(layout("x { drift -2%  seed + 3 y ( a - b ) [ 1, 2 ] }"))
                .isEqualTo("x {\n  drift -2% seed + 3 y (a - b) [1, 2]\n}\n");
    }

    @Test
    void blankLinesCollapseAndNeverFollowAnOpeningOrPrecedeAClosingBrace() {
        assertThat(layout("\n\n\na {\n\n\n  b\n\n\n\n  c\n\n}\n\n\n\n// end\n\n\n"))
                .isEqualTo("a {\n  b\n\n  c\n}\n\n// end\n");
    }

    @Test
    void lineEndingsAreNormalisedAndTrailingWhitespaceRemoved() {
        assertThat(layout("a {\r\n  b   // c  \r\n  /* d  \r\n   e */  \r}\t"))
                .isEqualTo("a {\n  b  // c\n  /* d\n   e */\n}\n");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(layout("")).isEmpty();
        assertThat(layout("  \n\n ")).isEmpty();
    }

    @Test
    void endOfLineCommentsAlignWithinARunOfAdjacentLines() {
        assertThat(layout("a {\n  b // one\n  long line // two\n\n  c // three\n  d\n  e // four\n}\n"))
                .isEqualTo("a {\n  b          // one\n  long line  // two\n\n  c  // three\n  d\n  e  // four\n}\n");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pathologicalInputIsLaidOutWithoutRecursionOrQuadraticWork() {
        int depth = 10_000;
        String nested = "a {\n".repeat(depth) + "}\n".repeat(depth);
        String laidOut = layout(nested);
        assertThat(laidOut.lines()).hasSize(2 * depth - 1); // the innermost block is empty: {}
        assertThat(layout(laidOut)).isEqualTo(laidOut);
        String hoisted = "a\n// c\n{\n".repeat(depth) + "}".repeat(depth);
        assertThat(layout(hoisted).lines()).hasSize(3 * depth);

        String fiveMegabyteLine = "scenario \"" + "x".repeat(5 << 20) + "\" {";
        assertThat(layout(fiveMegabyteLine + "\n}").equals(fiveMegabyteLine + "}\n"))
                .as("a 5 MB line, verbatim")
                .isTrue();
        assertThatThrownBy(() -> ScenarioFormatter.format(new SourceFile("deep.gram", nested)))
                .isInstanceOf(InputException.class);
    }

    @Test
    void noPublicSignatureMentionsAntlr() {
        Stream.of(ScenarioFormatter.class, Lexemes.class, Lexemes.Lexeme.class)
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .flatMap(method -> Stream.concat(
                                Stream.of(method.getGenericReturnType()),
                                Arrays.stream(method.getGenericParameterTypes()))
                        .map(type -> signature(method, type)))
                .forEach(signature -> assertThat(signature).doesNotContain("org.antlr"));
    }

    private static String signature(Method method, java.lang.reflect.Type type) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": " + type;
    }
}
