package io.gramkit.model.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One {@code .gram} setting, declared once in {@link Settings}: the words that introduce it, its
 * block, what it measures and allows, its default, whether and under which name a sweep can vary
 * it, where the model keeps it, the rule level that reads it and its documentation line. The
 * resolver, {@code gram explain}, sweeps, the rule-level checks and the docs' settings table are
 * all read from these declarations.
 *
 * @param words      the words as written, {@code buyback budget}
 * @param block      where it is written
 * @param tail       words after the value, {@code of supply per day}, or empty
 * @param measure    what the value measures (its unit)
 * @param bounds     the values it allows, in model units
 * @param fallback   what applies when the scenario leaves it out
 * @param sweepName  the name a {@code sweep} line gives it; empty when it cannot be swept
 * @param syntax     how the grammar reads it
 * @param written    how the docs write the statement; derived from the words unless given
 * @param model      where the model keeps the value ({@code RedemptionPolicy.baseFee})
 * @param ruleLevel  the fact property a rule file reads it as ({@code PegDefenceLevels.buybackUsd}),
 *                   or empty when no rule fact carries it; the fact classes are generated from these
 *                   declarations ({@link RuleLevelsSource})
 * @param negatedInRules whether the rule level is the model's value negated (a fall of 10% read
 *                   as a move of -0.1)
 * @param doc        one line for the docs: what it does
 */
public record SettingDeclaration(
        String words,
        SettingBlock block,
        String tail,
        Measure measure,
        Bounds bounds,
        Default fallback,
        Optional<String> sweepName,
        Syntax syntax,
        String written,
        String model,
        Optional<String> ruleLevel,
        boolean negatedInRules,
        String doc) {

    /** How the grammar reads a setting. */
    public enum Syntax {
        /** {@code <words> <value> <tail>} read by the grammar's one generic setting statement. */
        DECLARED,
        /** A statement of its own in the grammar (the settings that existed before this catalogue). */
        DEDICATED,
        /** One value of a statement with several ({@code cash band 3% to 8% of liabilities}). */
        PART
    }

    /** What applies when the scenario leaves a setting out. */
    public record Default(Kind kind, double value, String note) {
        public enum Kind {
            /** The reference model's value. */
            VALUE,
            /** The scenario (or its block, when written) must give it. */
            REQUIRED,
            /** Leaving it out leaves the extension off. */
            OFF,
            /** Computed from other settings, as the note says. */
            DERIVED
        }

        public static Default value(double value) {
            return new Default(Kind.VALUE, value, "");
        }

        /** A value with a note on what it means ({@code "no gate"}). */
        public static Default value(double value, String note) {
            return new Default(Kind.VALUE, value, note);
        }

        public static Default required() {
            return new Default(Kind.REQUIRED, Double.NaN, "");
        }

        public static Default off() {
            return new Default(Kind.OFF, Double.NaN, "");
        }

        public static Default derived(String note) {
            return new Default(Kind.DERIVED, Double.NaN, note);
        }

        /** The reference value, when there is one. */
        public OptionalDouble referenceValue() {
            return kind == Kind.VALUE ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
    }

    public SettingDeclaration {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(sweepName, "sweepName");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ruleLevel, "ruleLevel");
        Objects.requireNonNull(doc, "doc");
        if (words.isBlank() || !words.equals(words.strip()) || words.contains("  ")) {
            throw new IllegalArgumentException("setting words must be single-spaced: '" + words + "'");
        }
        if (doc.isBlank()) {
            throw new IllegalArgumentException("setting '" + words + "' has no documentation line");
        }
        fallback.referenceValue().ifPresent(value -> {
            if (!bounds.contains(value)) {
                throw new IllegalArgumentException(
                        "the default of '" + words + "', " + value + ", is outside its own bounds");
            }
        });
    }

    /** Whether a {@code sweep} line can vary it. */
    public boolean sweepable() {
        return sweepName.isPresent();
    }

    /** Whether it is a statement of its own with one value (not a part of a compound statement). */
    public boolean standalone() {
        return syntax != Syntax.PART;
    }

    /** The reference value ({@link Default.Kind#VALUE}). */
    public double referenceValue() {
        return fallback.referenceValue()
                .orElseThrow(() -> new IllegalStateException("'" + words + "' has no reference value"));
    }

    /** A line such as {@code fee 0.25%}, as the value is written: for required-setting messages. */
    public String example(String value) {
        return words + " " + value + (tail.isEmpty() ? "" : " " + tail);
    }

    /** Fluent builder of one declaration, in the manner of Spark's {@code buildConf(key)...}. */
    static final class Builder {
        private final String words;
        private final SettingBlock block;
        private String tail = "";
        private Measure measure = Measure.PLAIN;
        private Bounds bounds = Bounds.ANY;
        private Default fallback = Default.required();
        private Optional<String> sweepName = Optional.empty();
        private boolean sweepNameSet;
        private Syntax syntax = Syntax.DECLARED;
        private String written;
        private String model = "Extensions.settings";
        private Optional<String> ruleLevel = Optional.empty();
        private boolean negatedInRules;

        private final java.util.function.Consumer<SettingDeclaration> declared;

        Builder(String words, SettingBlock block, java.util.function.Consumer<SettingDeclaration> declared) {
            this.words = words;
            this.block = block;
            this.declared = declared;
        }

        Builder tail(String words) {
            this.tail = words;
            return this;
        }

        Builder measure(Measure measure, Bounds bounds) {
            this.measure = measure;
            this.bounds = bounds;
            return this;
        }

        Builder defaultValue(double value) {
            this.fallback = Default.value(value);
            return this;
        }

        Builder defaultValue(double value, String note) {
            this.fallback = Default.value(value, note);
            return this;
        }

        Builder required() {
            this.fallback = Default.required();
            return this;
        }

        Builder off() {
            this.fallback = Default.off();
            return this;
        }

        Builder derived(String note) {
            this.fallback = Default.derived(note);
            return this;
        }

        /** Swept under another name than its words (two blocks use the same words). */
        Builder sweptAs(String name) {
            this.sweepName = Optional.of(name);
            this.sweepNameSet = true;
            return this;
        }

        /** On the short documented list of settings a sweep cannot vary. */
        Builder notSweepable() {
            this.sweepName = Optional.empty();
            this.sweepNameSet = true;
            return this;
        }

        Builder dedicated() {
            this.syntax = Syntax.DEDICATED;
            return this;
        }

        /** One value of a compound statement, written in the docs as {@code statement}. */
        Builder partOf(String statement) {
            this.syntax = Syntax.PART;
            this.written = statement;
            return this;
        }

        Builder written(String statement) {
            this.written = statement;
            return this;
        }

        Builder model(String where) {
            this.model = where;
            return this;
        }

        Builder ruleLevel(String factProperty) {
            this.ruleLevel = Optional.of(factProperty);
            return this;
        }

        /** A rule level that reads the model's value negated: a fall as a (negative) move. */
        Builder negatedRuleLevel(String factProperty) {
            this.negatedInRules = true;
            return ruleLevel(factProperty);
        }

        SettingDeclaration doc(String line) {
            String statement = written != null
                    ? written
                    : words + " " + measure.placeholder() + (tail.isEmpty() ? "" : " " + tail);
            SettingDeclaration declaration = new SettingDeclaration(
                    words,
                    block,
                    tail,
                    measure,
                    bounds,
                    fallback,
                    sweepNameSet ? sweepName : Optional.of(words),
                    syntax,
                    statement,
                    model,
                    ruleLevel,
                    negatedInRules,
                    line);
            declared.accept(declaration);
            return declaration;
        }
    }
}
