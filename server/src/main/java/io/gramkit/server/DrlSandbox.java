package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.rules.DroolsRules;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static check every uploaded DRL file passes before Drools sees it. DRL consequences are
 * Java, so a rule file could run anything the service can; instead of trying to spot the
 * dangerous (an endless list: {@code System.exit}, files, {@code Runtime.exec}, reflection,
 * {@code Class.forName}, threads, the Drools context), the check admits only what policy rules
 * need and refuses everything else:
 *
 * <ul>
 *   <li>imports of the kit's fact and level classes only ({@link #FACTS}); no {@code import
 *       static}, {@code function}, {@code global}, {@code declare}, {@code query}, {@code eval},
 *       {@code from}, {@code dialect} or annotations;
 *   <li>every other word is a DRL keyword of rules and their attributes, a bound {@code $variable},
 *       one of those classes, one of their public instance methods or properties (the levers and
 *       the state they read, never {@code getClass}), a primitive type, {@code if}/{@code else},
 *       or {@code Math} with its functions; so no {@code new}, no loops, no fully qualified names;
 *   <li>ASCII only outside comments and strings, strings in double quotes on one line, no single
 *       quotes outside comments and no backslash anywhere, so that a Unicode escape or an unusual
 *       literal cannot hide code from this check that Java would still compile.
 * </ul>
 *
 * The check reads text only; it never loads a class or runs the compiler. Library rule files are
 * trusted and not checked, and uploads may only be {@code .drl} (no DSL mappings or decision
 * tables, whose templates are code of their own).
 */
final class DrlSandbox {
    /** The classes uploaded rules may import: the per-path fact and the policy level facts. */
    static final List<Class<?>> FACTS = DroolsRules.FACT_TYPES;

    /** The largest uploaded rule file. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Set<String> KEYWORDS = Set.of(
            "rule",
            "when",
            "then",
            "end",
            "and",
            "or",
            "not",
            "exists",
            "salience",
            "no",
            "loop",
            "lock",
            "on",
            "active",
            "enabled",
            "true",
            "false",
            "null",
            "if",
            "else",
            "double",
            "int",
            "long",
            "boolean",
            "final",
            "in",
            "Math");

    /** Package names that would put generated rule classes beside the platform's or the kit's code. */
    private static final List<String> RESERVED_PACKAGES =
            List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie", "org.mvel2", "io.gramkit");

    private static final Map<String, String> IMPORTS = imports();
    private static final Set<String> WORDS = words();

    private final SourceFile source;
    private final List<Diagnostic> problems = new ArrayList<>();

    private DrlSandbox(SourceFile source) {
        this.source = source;
    }

    /** Every reason to refuse {@code source}; empty when it may be compiled. */
    static List<Diagnostic> check(SourceFile source) {
        DrlSandbox sandbox = new DrlSandbox(source);
        sandbox.scan();
        return List.copyOf(sandbox.problems);
    }

    /** The member names of the admitted classes, sorted, for the docs and error messages. */
    static Set<String> admittedWords() {
        return WORDS;
    }

    private static Map<String, String> imports() {
        Map<String, String> imports = new TreeMap<>();
        for (Class<?> fact : FACTS) {
            imports.put(fact.getName(), fact.getSimpleName());
        }
        return imports;
    }

    private static Set<String> words() {
        Set<String> words = new TreeSet<>(KEYWORDS);
        for (Class<?> fact : FACTS) {
            words.add(fact.getSimpleName());
            for (Method method : fact.getMethods()) {
                if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String name = method.getName();
                words.add(name);
                if (name.startsWith("get") && name.length() > 3 && method.getParameterCount() == 0) {
                    words.add(Introspector.decapitalize(name.substring(3)));
                } else if (name.startsWith("is") && name.length() > 2 && method.getParameterCount() == 0) {
                    words.add(Introspector.decapitalize(name.substring(2)));
                }
            }
        }
        for (Method method : Math.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                words.add(method.getName());
            }
        }
        return words;
    }

    // ---- the scanner: comments and strings are skipped, words and characters are checked

    private String text;
    private int at;

    private void scan() {
        text = source.text();
        if (text.length() > MAX_BYTES) {
            refuse(
                    0,
                    0,
                    "the file has " + text.length() + " characters; an uploaded rule file has at most " + MAX_BYTES);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                refuse(i, 1, "a backslash is not admitted in uploaded rules (it could start a Unicode escape)");
                return;
            }
        }
        at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    refuse(at, 2, "this comment is never closed");
                    return;
                }
                at = end + 2;
            } else if (c == '"') {
                int end = text.indexOf('"', at + 1);
                int line = text.indexOf('\n', at + 1);
                if (end < 0 || (line >= 0 && line < end)) {
                    refuse(at, 1, "this string is not closed on its line");
                    return;
                }
                at = end + 1;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (isWordStart(c)) {
                word();
            } else if (c >= '0' && c <= '9') {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
            } else if ("(){}[];,.:=<>!&|+-*/%?".indexOf(c) >= 0) {
                at++;
            } else if (c == '\'') {
                refuse(
                        at,
                        1,
                        "single quotes are not admitted in uploaded rules outside comments; write strings in double quotes");
                at++;
            } else {
                refuse(at, 1, "the character '" + printable(c) + "' is not admitted in uploaded rules");
                at++;
            }
        }
    }

    private void word() {
        int start = at;
        String word = readWord();
        if (word.equals("package")) {
            String name = dottedName();
            boolean reserved = RESERVED_PACKAGES.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."))
                    && !name.startsWith("io.gramkit.rules.");
            if (name.isEmpty() || reserved) {
                refuse(start, at - start, "the package '" + name + "' is reserved; name the rules' own package");
            } else if (name.equals("io.gramkit.rules")) {
                refuse(
                        start,
                        at - start,
                        "the package 'io.gramkit.rules' holds the kit's classes; use a package of its own");
            }
        } else if (word.equals("import")) {
            String name = dottedName();
            if (!IMPORTS.containsKey(name)) {
                refuse(
                        start,
                        at - start,
                        "uploaded rules may import only the kit's facts and levels ("
                                + String.join(", ", IMPORTS.keySet()) + "), not '" + name + "'");
            }
        } else if (!word.startsWith("$") && !WORDS.contains(word)) {
            refuse(
                    start,
                    word.length(),
                    "'" + word + "' is not admitted in uploaded rules: "
                            + "they may use only the facts and levels, their levers and properties, and Math");
        }
    }

    /** A dotted name after {@code package} or {@code import}, spaces allowed around the dots. */
    private String dottedName() {
        StringBuilder name = new StringBuilder();
        while (true) {
            skipSpaces();
            if (at >= text.length() || !isWordStart(text.charAt(at))) {
                return name.toString();
            }
            name.append(readWord());
            skipSpaces();
            if (at < text.length() && text.charAt(at) == '.') {
                name.append('.');
                at++;
            } else {
                return name.toString();
            }
        }
    }

    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private String readWord() {
        int start = at;
        while (at < text.length() && isWordPart(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isWordStart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '_' || c == '$');
    }

    private static boolean isWordPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
    }

    private void refuse(int offset, int length, String message) {
        int line = source.lineOf(offset);
        int column = offset - source.lineStart(line) + 1;
        problems.add(ServiceCode.RULE_NOT_ADMITTED.at(
                length == 0 && offset == 0 ? SourceSpan.of(source) : SourceSpan.at(source, line, column, length),
                message));
    }
}
