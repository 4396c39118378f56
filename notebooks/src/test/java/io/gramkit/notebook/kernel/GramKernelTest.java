package io.gramkit.notebook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.gramkit.notebook.Repository;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation without Jupyter; tests/test_kernel_protocol.py drives it over the protocol. */
class GramKernelTest {
    private static GramKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        System.setProperty("java.awt.headless", "true");
        kernel = new GramKernel();
        kernel.warmUp();
        kernel.exitGuarded(true); // the test JVM has no guard, but must not exercise the fallback either
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    private static String error(String code) {
        return String.join("\n", catchError(code).lines());
    }

    private static CellError catchError(String code) {
        try {
            kernel.eval(code);
        } catch (CellError e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a CellError from " + code, e);
        }
        throw new AssertionError("no error from " + code);
    }

    @Test
    void theLastExpressionOfACellIsItsValue() throws Exception {
        assertThat(text(kernel.eval("int a = 20;\nint b = 22;\na + b"))).isEqualTo("42");
        assertThat(kernel.eval("int c = 1;")).isNull();
    }

    @Test
    void cellsWithoutAValueShowNothing() throws Exception {
        assertThat(kernel.eval("// only a comment\n")).isNull();
        assertThat(kernel.eval("String none = null;\nnone")).isNull();
        assertThat(kernel.eval("   ")).isNull();
        assertThat(text(kernel.render(null))).isEqualTo("null");
    }

    @Test
    void aRunShowsAsHtml() throws Exception {
        DisplayData data = kernel.eval("Notebook.load(\"" + Repository.reference() + "\").paths(100).run()");

        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<table");
        assertThat(text(data)).contains("100 paths");
    }

    @Test
    void compileErrorsPointIntoTheCell() {
        assertThat(error("int ok = 1;\n\nString s = 42;"))
                .contains("cell:3:12: error: incompatible types", "[K101]", "    3 | String s = 42;", "^~");
    }

    @Test
    void exceptionsAreOneLineWithTheirCellLine() {
        String error = error("int x = 1;\nthrow new IllegalStateException(\"boom\");");

        assertThat(error)
                .contains("IllegalStateException: boom", "(raised by cell line 2)")
                .doesNotContain("\tat ");
    }

    @Test
    void callingAMethodThatUsesSomethingUndefinedSaysSo() throws Exception {
        kernel.eval("int bump() { return notYetDefined + 1; }");

        assertThat(error("bump()"))
                .contains("'int bump() { return notYetDefined + 1; }' cannot run", "not defined yet");
    }

    @Test
    void unfinishedCodeIsACompileError() {
        assertThat(error("for (int i = 0; i < 3; i++) {")).contains("reached end of file while parsing");
    }

    @Test
    void anInterruptStopsARun() throws Exception {
        kernel.eval("var slow = Notebook.load(\"" + Repository.reference().replace("\\", "\\\\")
                + "\").paths(100_000).threads(1);");
        // Compile the rules first: an interrupt that lands while Drools builds its first knowledge
        // base (seconds on a loaded machine) is ignored until the grace period ends, which is not
        // what this test is about.
        kernel.eval("slow.paths(10).run();");
        CompletableFuture<String> cell = CompletableFuture.supplyAsync(() -> error("slow.run()"));
        Thread.sleep(1_500);
        kernel.interrupt();

        assertThat(cell.get(20, TimeUnit.SECONDS)).contains("Interrupted");
        assertThat(text(kernel.eval("2 + 2"))).isEqualTo("4");
    }

    @Test
    void completionOffersTheFacade() throws Exception {
        var options = kernel.complete("var s = Notebook.lo", 19);

        assertThat(options.getReplacements()).contains("load(");
        assertThat(options.getSourceStart()).isEqualTo(17);
    }

    @Test
    void isCompleteAsksForMoreInsideABlock() {
        assertThat(kernel.isComplete("int a = 1;")).isEqualTo("complete");
        assertThat(kernel.isComplete("for (int i = 0; i < 3; i++) {")).isBlank();
        assertThatThrownBy(() -> kernel.eval("undefinedThing.call()")).isInstanceOf(CellError.class);
    }
}
