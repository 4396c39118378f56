package io.gramkit.model.settings;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the rules' level facts ({@code io.gramkit.rules.PegDefenceLevels} and the like) from the
 * catalogue's rule levels, so that a setting with a rule level is declared once: the rules module's
 * build runs {@link #main} before it compiles. Each declaration {@code .ruleLevel("Fact.property")}
 * becomes a getter {@code getProperty()} of the class {@code Fact}, in catalogue order, returning
 * the value the model keeps where the declaration's {@code model} path says
 * ({@code Extensions.PegDefenceLevels.buybackUsd}: the accessor {@code buybackUsd()} of {@code
 * io.gramkit.model.Extensions.PegDefenceLevels}), negated for a {@linkplain
 * SettingDeclaration#negatedInRules() negated} level. The fact's {@code of(...)} takes that model
 * type: every level of one fact must be kept by the same type.
 */
public final class RuleLevelsSource {
    /** Where the model's types live, searched in this order for a declaration's model path. */
    private static final List<String> MODEL_PACKAGES =
            List.of("io.gramkit.model", "io.gramkit.model.debt", "io.gramkit.model.market");

    private static final String PACKAGE = "io.gramkit.rules";

    private RuleLevelsSource() {}

    /** One property of a fact: a getter over one model value. */
    record Level(SettingDeclaration declaration, String property, String accessor, Class<?> type) {
        String getter() {
            return "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        }
    }

    /** A fact class: its name, the model type its levels come from, its levels in catalogue order. */
    record Fact(String name, Class<?> source, List<Level> levels) {}

    /** Writes every fact's source under {@code args[0]} (a source root), replacing what is there. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleLevelsSource <source root>");
        }
        Path folder = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(folder);
        for (Fact fact : facts()) {
            Path file = folder.resolve(fact.name() + ".java");
            Path temporary = folder.resolve(fact.name() + ".java.tmp");
            Files.writeString(temporary, source(fact), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The facts the catalogue's rule levels name, in order of their first level. */
    public static List<Fact> facts() {
        Map<String, List<Level>> levels = new LinkedHashMap<>();
        Map<String, Class<?>> sources = new LinkedHashMap<>();
        for (SettingDeclaration declaration : Settings.ALL) {
            if (declaration.ruleLevel().isEmpty()) {
                continue;
            }
            String ruleLevel = declaration.ruleLevel().get();
            String[] factProperty = {
                ruleLevel.substring(0, ruleLevel.indexOf('.')), ruleLevel.substring(ruleLevel.indexOf('.') + 1)
            };
            int dot = declaration.model().lastIndexOf('.');
            Class<?> owner = modelType(declaration, declaration.model().substring(0, dot));
            String accessor = declaration.model().substring(dot + 1);
            Class<?> type = accessorType(declaration, owner, accessor);
            Class<?> previous = sources.putIfAbsent(factProperty[0], owner);
            if (previous != null && previous != owner) {
                throw new IllegalStateException(declaration.ruleLevel().get() + " is kept by " + owner.getName()
                        + " but the fact's other levels by " + previous.getName());
            }
            levels.computeIfAbsent(factProperty[0], name -> new ArrayList<>())
                    .add(new Level(declaration, factProperty[1], accessor, type));
        }
        List<Fact> facts = new ArrayList<>();
        levels.forEach((name, list) -> facts.add(new Fact(name, sources.get(name), List.copyOf(list))));
        return facts;
    }

    private static Class<?> modelType(SettingDeclaration declaration, String path) {
        for (String pkg : MODEL_PACKAGES) {
            try {
                return Class.forName(pkg + "." + path.replace('.', '$'));
            } catch (ClassNotFoundException notHere) {
                // try the next package
            }
        }
        throw new IllegalStateException("the model path of '" + declaration.words() + "', " + declaration.model()
                + ", names no type in " + MODEL_PACKAGES);
    }

    private static Class<?> accessorType(SettingDeclaration declaration, Class<?> owner, String accessor) {
        try {
            Method method = owner.getMethod(accessor);
            Class<?> type = method.getReturnType();
            if (type != double.class && type != int.class) {
                throw new IllegalStateException(declaration.model() + " is a " + type + ", not a number");
            }
            return type;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    "the model path of '" + declaration.words() + "', " + declaration.model() + ", names no accessor",
                    e);
        }
    }

    /** The Java source of one fact class. */
    static String source(Fact fact) {
        StringBuilder java = new StringBuilder();
        String block = fact.levels().get(0).declaration().block().header();
        java.append("package ").append(PACKAGE).append(";\n\n");
        java.append("/**\n * Levels rule files read from the scenario's {@code ")
                .append(block)
                .append("} settings, as a fact: no literals in DRL.\n")
                .append(" * Immutable; one per session. Generated from the settings catalogue by\n")
                .append(" * io.gramkit.model.settings.RuleLevelsSource: declare a level there, not here.\n */\n");
        java.append("public final class ").append(fact.name()).append(" {\n");
        for (Level level : fact.levels()) {
            java.append("    private final ")
                    .append(level.type().getName())
                    .append(' ')
                    .append(level.property())
                    .append(";\n");
        }
        java.append("\n    public ").append(fact.name()).append('(');
        for (int i = 0; i < fact.levels().size(); i++) {
            Level level = fact.levels().get(i);
            java.append(i > 0 ? ", " : "")
                    .append(level.type().getName())
                    .append(' ')
                    .append(level.property());
        }
        java.append(") {\n");
        for (Level level : fact.levels()) {
            java.append("        this.")
                    .append(level.property())
                    .append(" = ")
                    .append(level.property())
                    .append(";\n");
        }
        java.append("    }\n\n");
        java.append("    /** The levels the model keeps in {@code levels}. */\n");
        java.append("    public static ")
                .append(fact.name())
                .append(" of(")
                .append(fact.source().getCanonicalName())
                .append(" levels) {\n        return new ")
                .append(fact.name())
                .append('(');
        for (int i = 0; i < fact.levels().size(); i++) {
            Level level = fact.levels().get(i);
            java.append(i > 0 ? ", " : "")
                    .append(level.declaration().negatedInRules() ? "-" : "")
                    .append("levels.")
                    .append(level.accessor())
                    .append("()");
        }
        java.append(");\n    }\n");
        for (Level level : fact.levels()) {
            SettingDeclaration declaration = level.declaration();
            java.append("\n    /**\n     * ")
                    .append(capitalised(javadoc(declaration.doc())))
                    .append(declaration.negatedInRules() ? ", as a move: negative, -0.1 for a fall of 10%" : "")
                    .append(".\n     * Written in the scenario as: ")
                    .append(javadoc(declaration.written()))
                    .append(" (")
                    .append(block)
                    .append(").\n     */\n");
            java.append("    public ")
                    .append(level.type().getName())
                    .append(' ')
                    .append(level.getter())
                    .append("() {\n        return ")
                    .append(level.property())
                    .append(";\n    }\n");
        }
        java.append("\n    @Override\n    public String toString() {\n        return \"")
                .append(fact.name())
                .append('[');
        for (int i = 0; i < fact.levels().size(); i++) {
            Level level = fact.levels().get(i);
            java.append(i > 0 ? ", " : "")
                    .append(level.property())
                    .append("=\" + ")
                    .append(level.property())
                    .append(" + \"");
        }
        java.append("]\";\n    }\n}\n");
        return java.toString();
    }

    /** Text safe inside a Javadoc comment: no markup, no end of comment. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("{", "&#123;")
                .replace("}", "&#125;");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
