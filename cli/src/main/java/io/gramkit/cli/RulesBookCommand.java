package io.gramkit.cli;

import io.gramkit.GramRules;
import io.gramkit.rules.RuleBook;
import io.gramkit.rules.RuleBookHtml;
import io.gramkit.rules.RuleBookMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "book",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the rule book of a rule set, what a governance review reads: the fingerprint and files, then"
                    + " every rule with its file's header, its source as written (DRL, .dslr sentences, table row),"
                    + " its condition and action in words, the policy levels (with their declared ranges) and"
                    + " literal numbers it reads, and the lever it sets. HTML is one self-contained page."
        })
final class RulesBookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders or rule files.")
    List<Path> sources;

    @ArgGroup(multiplicity = "1")
    Output output;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    static final class Output {
        @Option(names = "--html", required = true, paramLabel = "OUT", description = "Write the book as HTML.")
        Path html;

        @Option(names = "--markdown", required = true, paramLabel = "OUT", description = "Write the book as Markdown.")
        Path markdown;
    }

    @Override
    public Integer call() throws IOException {
        Path out = output.html != null ? output.html : output.markdown;
        if (Files.exists(out) && !force) {
            throw new UsageError("'" + out + "' exists; pass --force to replace it");
        }
        RuleBook book = GramRules.book(sources);
        String text = output.html != null ? RuleBookHtml.render(book) : RuleBookMarkdown.render(book);
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        // written beside the target and renamed: a reader never sees half a book
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        readableByAll(partial);
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        for (RuleBook.Fingerprint fingerprint : book.fingerprints()) {
            spec.commandLine().getOut().println("sha256:" + fingerprint.sha256() + "  " + fingerprint.source());
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + book.rules().size() + " rules)");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** A temporary file is private to its owner; a book is for the whole committee (as a file the shell writes). */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
