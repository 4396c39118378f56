package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static io.gramkit.rules.TestRuleFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.RuleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where rules come from: folders, files, the packaged copy, and what a folder may not hold. */
class RuleFoldersTest {
    private static final Path REFERENCE = Path.of("reference");

    @TempDir
    Path folder;

    @Test
    void referenceFolderListsItsRulesByFileThenDeclaration() throws Exception {
        DroolsRules rules = DroolsRules.load(List.of(REFERENCE));

        assertThat(rules.ruleNames()).isEqualTo(new ReferenceRulesOracle().ruleNames());
        assertThat(rules.files())
                .containsExactly(
                        new RuleFile("reference/minting.drl", sha256(REFERENCE.resolve("minting.drl"))),
                        new RuleFile("reference/redemption-fee.drl", sha256(REFERENCE.resolve("redemption-fee.drl"))));
    }

    @Test
    void packagedReferenceIsACopyOfTheFolder() {
        DroolsRules packaged = DroolsRules.packagedReference();
        DroolsRules folderRules = DroolsRules.load(List.of(REFERENCE));

        assertThat(packaged.ruleNames()).isEqualTo(folderRules.ruleNames());
        assertThat(packaged.files())
                .extracting(RuleFile::name)
                .containsExactly(
                        "classpath:io/gramkit/rules/reference/minting.drl",
                        "classpath:io/gramkit/rules/reference/redemption-fee.drl");
        assertThat(packaged.files())
                .extracting(RuleFile::sha256)
                .isEqualTo(folderRules.files().stream().map(RuleFile::sha256).toList());
    }

    @Test
    void sourcesAreTakenInTheOrderGiven() {
        DroolsRules rules =
                DroolsRules.load(List.of(REFERENCE.resolve("redemption-fee.drl"), REFERENCE.resolve("minting.drl")));

        assertThat(rules.ruleNames())
                .containsExactly(
                        ReferenceRulesOracle.RAISE_FEE,
                        ReferenceRulesOracle.RESTORE_FEE,
                        ReferenceRulesOracle.HALT_MINTING,
                        ReferenceRulesOracle.RESUME_MINTING);
    }

    @Test
    void aFoldersFilesAreTakenByNameAndNotesAndHiddenFilesArePassedOver() {
        drl(
                folder,
                "b.drl",
                "rule \"Second file, first rule\" when then end\nrule \"Second file, second rule\" when then end\n");
        drl(folder, "a.drl", "rule \"First file\" when then end\n");
        write(folder, "README.md", "# Notes\n");
        write(folder, "changes.txt", "notes\n");
        write(folder, ".b.drl.swp", "\0\0editor state");

        DroolsRules rules = DroolsRules.load(List.of(folder));

        assertThat(rules.ruleNames())
                .containsExactly("First file", "Second file, first rule", "Second file, second rule");
        assertThat(rules.files())
                .extracting(RuleFile::name)
                .containsExactly(
                        folder.resolve("a.drl").toString(),
                        folder.resolve("b.drl").toString());
    }

    @Test
    void editingACopyOfTheReferenceFolderChangesDecisions() throws IOException {
        copyReferenceTo(folder);
        Path fees = folder.resolve("redemption-fee.drl");
        // governance lowers the trigger of the raised fee from the wide to the calm discount
        Files.writeString(
                fees,
                Files.readString(fees).replace("discount > $policy.wideDiscount", "discount > $policy.calmDiscount"));
        PathState atReference = PathState.endOfDay(0, 20, 0.005, 1.0, 0.0025, true);
        PathState atEdited = PathState.endOfDay(0, 20, 0.005, 1.0, 0.0025, true);

        TestScenarios.respondOnce(DroolsRules.load(List.of(REFERENCE)), TestScenarios.reference(), atReference);
        TestScenarios.respondOnce(DroolsRules.load(List.of(folder)), TestScenarios.reference(), atEdited);

        assertThat(atReference.fee()).isEqualTo(0.0025);
        assertThat(atEdited.fee()).isEqualTo(0.01);
    }

    @Test
    void missingSourceIsReported() {
        assertThat(printedErrors(List.of(Path.of("rules-that-are-not-here"))))
                .isEqualTo(
                        "rules-that-are-not-here: error: no rule file or folder at 'rules-that-are-not-here' [R101]\n");
    }

    @Test
    void folderWithNoRuleFilesIsReported() {
        write(folder, "empty/README.md", "# Rules go here\n");

        assertThat(printedErrors(List.of(folder.resolve("empty"))))
                .isEqualTo(
                        "empty: error: rule folder 'empty' holds no rule files ('.drl', '.dslr' or '.drl.csv') [R102]\n");
    }

    @Test
    void filesDroolsWouldSkipAreReportedNotIgnored() {
        drl(folder, "minting.drl", "rule \"Halt minting\" when then end\n");
        write(folder, "fee-table.drl.xlsx", "not really a workbook");
        write(folder, "fees.csv", "discount,fee\n");
        write(folder, "fees.DRL", "rule \"x\" when then end\n");
        write(folder, "fees.drl.txt", "rule \"y\" when then end\n");
        write(folder, "tiers.xls", "not really a workbook");
        write(folder, "tiers.dslr", "rule \"z\" when then end\n");
        write(folder, "words.dsl", "[condition][]a token's day=TokenDay()\n");
        write(folder, "minting.drl.bak", "old copy\n");
        write(folder, "notes.rdslr", "rule \"w\" when then end\n");
        write(folder, "archive/old.drl", "rule \"Old\" when then end\n");
        write(folder, "notes.md", "tolerated\n");

        assertThat(printedErrors(List.of(folder))).isEqualTo("""
                archive: error: 'archive' is a folder; rule folders are not searched recursively [R104]
                fee-table.drl.xlsx: error: 'fee-table.drl.xlsx' would not be loaded: decision tables are read as CSV \
                files named '*.drl.csv' [R103]
                fees.DRL: error: 'fees.DRL' would not be loaded: rule file names end in lower case ('.drl', '.dslr', \
                '.dsl', '.drl.csv'); rename it 'fees.drl' [R103]
                fees.csv: error: 'fees.csv' would not be loaded: decision tables are read as CSV files named \
                '*.drl.csv' [R103]
                fees.drl.txt: error: 'fees.drl.txt' looks like rules but would be passed over as a note; rename it \
                'fees.drl' to load it, or move it out of the folder [R103]
                minting.drl.bak: error: 'minting.drl.bak' would not be loaded: a rule folder holds '.drl', '.dslr' and \
                '.dsl', and '.drl.csv' rule files, and '.md' or '.txt' notes [R103]
                notes.rdslr: error: 'notes.rdslr' would not be loaded: a rule folder holds '.drl', '.dslr' and '.dsl', \
                and '.drl.csv' rule files, and '.md' or '.txt' notes [R103]
                tiers.dslr: error: 'tiers.dslr' has no DSL mapping: put 'tiers.dsl' beside it, or name one with an \
                'expander' line [R105]
                tiers.xls: error: 'tiers.xls' would not be loaded: decision tables are read as CSV files named \
                '*.drl.csv' [R103]
                words.dsl: error: 'words.dsl' is a DSL mapping that no '.dslr' file in the folder uses; name it in a \
                '.dslr' file's 'expander' line or remove it [R106]
                """);
    }

    @Test
    void aFileGivenByNameMustBeARuleFile() {
        Path notes = write(folder, "README.md", "# Notes\n");
        Path mapping = write(folder, "words.dsl", "[condition][]a token's day=TokenDay()\n");

        assertThat(printedErrors(List.of(notes, mapping))).isEqualTo("""
                README.md: error: 'README.md' is not a rule file ('.drl', '.dslr' with its '.dsl', or a '.drl.csv' \
                decision table) [R103]
                words.dsl: error: 'words.dsl' is a DSL mapping, not a rule file; give the '.dslr' file that uses it [R103]
                """);
    }

    private String printedErrors(List<Path> sources) {
        InputException error = catchThrowableOfType(InputException.class, () -> DroolsRules.load(sources));
        return error.render().replace(folder + "/", "");
    }

    private static void copyReferenceTo(Path target) throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
