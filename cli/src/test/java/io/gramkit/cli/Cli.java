package io.gramkit.cli;

import io.gramkit.testing.RepositoryRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Path repository() {
        return RepositoryRoot.root();
    }

    static String reference() {
        return repository().resolve("scenario-library/reference-v1.gram").toString();
    }
}
