package io.gramkit.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed shape of a diagnostic: location, severity, message, code, source line, caret, notes. */
class DiagnosticPrinterTest {
    /** A catalogue of one, as a module's catalogue would declare it. */
    private enum TestCode implements DiagnosticCode {
        CLASH;

        @Override
        public String code() {
            return "T101";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public String meaning() {
            return "two things clash";
        }
    }

    private static final SourceFile RULES = new SourceFile("rules/fees.drl", """
            rule "Charge two percent"
            when
            then
            end

            rule "Charge three percent"
            """);

    @Test
    void printsTheSourceLineWithACaretUnderTheSpan() {
        Diagnostic clash = TestCode.CLASH.at(SourceSpan.at(RULES, 1, 6, 20), "fees differ");

        assertThat(DiagnosticPrinter.render(clash)).isEqualTo("""
                rules/fees.drl:1:6: error: fees differ [T101]
                    1 | rule "Charge two percent"
                      |      ^~~~~~~~~~~~~~~~~~~~
                """);
    }

    @Test
    void printsEachNoteAfterTheDiagnosticInTheSameShape() {
        Diagnostic clash = TestCode.CLASH
                .at(SourceSpan.at(RULES, 1, 1, 4), "rules 'Charge two percent' and 'Charge three percent' clash")
                .withNote(SourceSpan.at(RULES, 6, 1, 4), "rule 'Charge three percent' is declared here");

        assertThat(DiagnosticPrinter.render(List.of(clash))).isEqualTo("""
                rules/fees.drl:1:1: error: rules 'Charge two percent' and 'Charge three percent' clash [T101]
                    1 | rule "Charge two percent"
                      | ^~~~
                rules/fees.drl:6:1: note: rule 'Charge three percent' is declared here
                    6 | rule "Charge three percent"
                      | ^~~~
                """);
    }

    @Test
    void aNoteOnAWholeFileHasNoSourceLine() {
        Diagnostic clash = TestCode.CLASH
                .at(SourceSpan.at(RULES, 1, 1, 4), "clash")
                .withNote(SourceSpan.of(new SourceFile("rules/table.drl.csv", "")), "the other rule is in this table");

        assertThat(DiagnosticPrinter.render(clash))
                .endsWith("      | ^~~~\nrules/table.drl.csv: note: the other rule is in this table\n");
        assertThat(clash.toString()).isEqualTo("rules/fees.drl:1:1: error: clash [T101]");
    }
}
