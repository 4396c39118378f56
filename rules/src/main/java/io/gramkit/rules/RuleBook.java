package io.gramkit.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The rule book of a rule set, what a governance review reads and approves: the fingerprint of
 * each rule folder or file ({@link RuleSetFingerprint}) and the files it counts, then every rule
 * with its file's header, its source as written, its condition and action in words, the policy
 * levels and literal numbers it reads and the levers it sets. Built from the rules as a run loads
 * them; {@link RuleBookHtml} and {@link RuleBookMarkdown} print it.
 */
public record RuleBook(List<Fingerprint> fingerprints, List<BookFile> files, List<Rule> rules) {
    public RuleBook {
        fingerprints = List.copyOf(fingerprints);
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    /**
     * The book of these rule files and folders, in the order a run lists their rules.
     *
     * @throws io.gramkit.diagnostic.InputException when the rules do not load, as for a run
     */
    public static RuleBook of(List<Path> sources) {
        return RuleBookReader.read(sources);
    }

    /** What a sign-off names: {@code sha256} is the lower-case hex SHA-256 of the rule folder or file. */
    public record Fingerprint(String source, String sha256) {
        public Fingerprint {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** A file the fingerprint counts, and what it is to a run (DRL rules, a DSL mapping, a note). */
    public record BookFile(String path, String role) {}

    /** The form a rule is written in. */
    public enum Form {
        DRL("DRL"),
        DSLR("DSLR sentences"),
        DECISION_TABLE("decision table row");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        /** How the book names the form. */
        public String label() {
            return label;
        }
    }

    /**
     * Where and how a rule is written: the file, the line it starts at, and its text as written (the
     * DRL rule, the {@code .dslr} rule with its sentences, a decision table's column titles and row).
     */
    public record Source(Form form, String file, int line, String text) {
        public Source {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /** One labelled part of a file header ({@code Purpose}, {@code Owner}), whitespace collapsed. */
    public record Field(String label, String text) {}

    /**
     * A rule file's header, its leading comment block: the summary before the first label, then the
     * labelled fields ({@code Purpose}, {@code Owner}, {@code Implements}, {@code Reads},
     * {@code Decides}) in the order written.
     */
    public record Header(String summary, List<Field> fields) {
        public Header {
            Objects.requireNonNull(summary, "summary");
            fields = List.copyOf(fields);
        }

        /** The text of a field; empty when the header has none. */
        public String field(String label) {
            return fields.stream()
                    .filter(field -> field.label().equals(label))
                    .map(Field::text)
                    .findFirst()
                    .orElse("");
        }
    }

    /**
     * A policy level a rule reads ({@code RedemptionLevels.wideDiscount}) and, when the settings
     * catalogue declares it, the scenario setting it comes from, the range a scenario may give it
     * and its reference value; those are empty for a level the catalogue does not list.
     */
    public record Level(String name, String setting, String range, String reference) {}

    /**
     * One rule as the book shows it.
     *
     * @param condition when it applies, in words ("discount is above RedemptionLevels.wideDiscount
     *     and discount is at most 0.03")
     * @param action what it decides, in words ("set the redemption fee to RedemptionLevels.raisedFee")
     * @param numbers the literal numbers written into it, as the model reads them
     * @param levers the levers it sets, by name ("redemption fee")
     */
    public record Rule(
            String name,
            Source source,
            Header header,
            String condition,
            String action,
            List<Level> levels,
            List<String> numbers,
            List<String> levers) {
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(header, "header");
            levels = List.copyOf(levels);
            numbers = List.copyOf(numbers);
            levers = List.copyOf(levers);
        }
    }
}
