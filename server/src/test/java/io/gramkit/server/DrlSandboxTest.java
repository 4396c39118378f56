package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static check of uploaded DRL: the kit's own rule files pass it (so governance can upload
 * edited copies), and every escape tried here is refused at the place it is written.
 */
class DrlSandboxTest {

    static Stream<Path> libraryRuleFiles() throws IOException {
        Path rules = Repo.root().resolve("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(file -> file.toString().endsWith(".drl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("libraryRuleFiles")
    void theKitsOwnRuleFilesAreAdmitted(Path file) throws IOException {
        assertThat(DrlSandbox.check(new SourceFile(file.getFileName().toString(), Files.readString(file))))
                .isEmpty();
    }

    /** A rule whose consequence is {@code body}, otherwise like the reference fee rule. */
    private static String rule(String body) {
        return """
                package uploaded.fees;

                import io.gramkit.rules.RedemptionLevels;
                import io.gramkit.rules.TokenDay;

                rule "Raise the fee"
                when
                    $policy : RedemptionLevels( $raisedFee : raisedFee )
                    $token  : TokenDay( discount > $policy.wideDiscount, fee != $raisedFee )
                then
                    %s
                end
                """.formatted(body);
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("System.exit", rule("System.exit(1);"), "'System'"),
                Arguments.of("qualified exit", rule("java.lang.System.exit(1);"), "'java'"),
                Arguments.of("Runtime.exec", rule("Runtime.getRuntime().exec(\"rm -rf /\");"), "'Runtime'"),
                Arguments.of(
                        "file read",
                        rule("java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"),
                        "'java'"),
                Arguments.of("new File", rule("new java.io.File(\"/tmp/x\").delete();"), "'new'"),
                Arguments.of("Class.forName", rule("Class.forName(\"java.lang.Runtime\");"), "'Class'"),
                Arguments.of("reflection through a fact", rule("$token.getClass().getClassLoader();"), "'getClass'"),
                Arguments.of("class literal", rule("TokenDay.class.getClassLoader();"), "'class'"),
                Arguments.of("the Drools context", rule("drools.halt();"), "'drools'"),
                Arguments.of("kcontext", rule("kcontext.getKieRuntime();"), "'kcontext'"),
                Arguments.of("a thread", rule("Thread.sleep(100000);"), "'Thread'"),
                Arguments.of("a loop", rule("while (true) { $token.chargeFee($raisedFee); }"), "'while'"),
                Arguments.of("printing", rule("System.out.println($token);"), "'System'"),
                Arguments.of("unicode escape in a comment", rule("// \\u000a System.exit(1);"), "backslash"),
                Arguments.of("unicode escape in code", rule("\\u0053ystem.exit(1);"), "backslash"),
                Arguments.of("a char literal", rule("char c = 'x';"), "'char'"),
                Arguments.of("a text block", rule("String s = \"\"\"\nhidden\"\"\";"), "'String'"),
                Arguments.of(
                        "import of a platform class",
                        rule("$token.chargeFee(0.01);")
                                .replace(
                                        "import io.gramkit.rules.TokenDay;",
                                        "import java.io.File;\nimport io.gramkit.rules.TokenDay;"),
                        "may import only"),
                Arguments.of(
                        "import static",
                        rule("$token.chargeFee(0.01);")
                                .replace(
                                        "import io.gramkit.rules.TokenDay;",
                                        "import static java.lang.System.exit;\nimport io.gramkit.rules.TokenDay;"),
                        "may import only"),
                Arguments.of(
                        "a function",
                        rule("$token.chargeFee(0.01);") + "\nfunction void boom() { System.exit(1); }\n",
                        "'function'"),
                Arguments.of(
                        "a global",
                        rule("$token.chargeFee(0.01);")
                                .replace("rule \"Raise", "global java.util.List out;\nrule \"Raise"),
                        "'global'"),
                Arguments.of(
                        "eval",
                        rule("$token.chargeFee(0.01);")
                                .replace("$policy : RedemptionLevels", "eval( true )\n    $policy : RedemptionLevels"),
                        "'eval'"),
                Arguments.of(
                        "from",
                        rule("$token.chargeFee(0.01);")
                                .replace(
                                        "$policy : RedemptionLevels( $raisedFee : raisedFee )",
                                        "$policy : RedemptionLevels( $raisedFee : raisedFee ) from java.lang.System.getenv()"),
                        "'from'"),
                Arguments.of(
                        "the mvel dialect",
                        rule("$token.chargeFee(0.01);").replace("rule \"Raise", "dialect \"mvel\"\nrule \"Raise"),
                        "'dialect'"),
                Arguments.of(
                        "a declared type",
                        rule("$token.chargeFee(0.01);") + "\ndeclare Boom\n  f : java.io.File\nend\n",
                        "'declare'"),
                Arguments.of(
                        "an annotation",
                        rule("$token.chargeFee(0.01);").replace("$token  :", "@watch(*) $token  :"),
                        "'@'"),
                Arguments.of(
                        "the kit's own package",
                        rule("$token.chargeFee(0.01);").replace("package uploaded.fees;", "package io.gramkit.rules;"),
                        "package"),
                Arguments.of(
                        "a platform package",
                        rule("$token.chargeFee(0.01);").replace("package uploaded.fees;", "package java.lang.boom;"),
                        "reserved"),
                Arguments.of("a string left open", rule("$token.chargeFee(0.01); \"open"), "not closed"),
                Arguments.of("a non-ASCII name", rule("Sуstem.exit(1);"), "not admitted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void escapesAreRefusedWhereTheyAreWritten(String what, String drl, String says) {
        List<Diagnostic> found = DrlSandbox.check(new SourceFile("boom.drl", drl));
        assertThat(found).as(what).isNotEmpty();
        assertThat(found).allSatisfy(d -> assertThat(d.code()).isEqualTo(ServiceCode.RULE_NOT_ADMITTED));
        assertThat(found.get(0).message()).as(what).contains(says);
        assertThat(found.get(0).span().line()).as(what).isPositive();
    }

    @Test
    void theSameRuleWithPlainLeversIsAdmitted() {
        // Each escape differs from an admitted rule only by what the check refuses.
        assertThat(DrlSandbox.check(new SourceFile("fine.drl", rule("$token.chargeFee( $raisedFee );"))))
                .isEmpty();
        assertThat(DrlSandbox.check(new SourceFile(
                        "fine.drl",
                        rule("if ($token.getDiscount() > 0.2) { $token.chargeFee(Math.min($raisedFee, 0.05)); }"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void aRefusedLineIsShownWithItsColumn(String what, String drl, String says) {
        Diagnostic first = DrlSandbox.check(new SourceFile("boom.drl", drl)).get(0);
        String line = drl.split("\n", -1)[first.span().line() - 1];
        assertThat(first.span().column()).isBetween(1, line.length() + 1);
    }
}
