package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.builder.Message;

/**
 * Turns Drools' build messages into the kit's diagnostics. Drools gives a file and a line; a
 * column, when there is one, only inside the text ({@code [ERR 102] Line 6:4 ...} from the parser,
 * 0-based; {@code [Line: 5, Column: 2]} for a pattern). Where the text quotes what is wrong
 * (a field, a type, a token), the span points at that text on the line.
 */
final class DroolsMessages {
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)", Pattern.DOTALL);
    private static final Pattern POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern STRICT_MODE =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']*)'");
    private static final Pattern IMPORT = Pattern.compile("Error importing : '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.*)");
    private static final Pattern ANALYSE =
            Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error: (.*?)\\].*", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    /** What a Java compile error in a consequence names: a method, a field, a name. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("The method (\\w+)\\(|The field [\\w.$]*?(\\w+) is not visible|(\\w+) cannot be resolved");

    private static final Pattern INVISIBLE_FIELD =
            Pattern.compile("The field (?:[\\w$]+\\.)*?(\\w+)\\.(\\w+) is not visible");
    private static final Pattern EXPECTING_TOKENS =
            Pattern.compile("mismatched input '(.*?)' expecting one of the following tokens: '\\[(.*)\\]'\\.?(.*)");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'(.*)");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'(.*)");
    private static final Pattern IN_RULE = Pattern.compile(" in rule \"(.*)\"");

    private final Map<String, RuleText> filesByPath;
    /** By identity: a converted file's DRL has the name of its source. */
    private final IdentityHashMap<SourceFile, RuleText> textsByDrl = new IdentityHashMap<>();

    private final ClassLoader loader;
    private final List<Class<?>> factTypes;

    DroolsMessages(Map<String, RuleText> filesByPath, ClassLoader loader, List<Class<?>> factTypes) {
        this.filesByPath = filesByPath;
        this.loader = loader;
        this.factTypes = factTypes;
    }

    List<Diagnostic> translate(List<Message> messages) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Message message : messages) {
            Diagnostic diagnostic = translate(message);
            if (diagnostic != null) {
                diagnostics.add(diagnostic);
            }
        }
        // Echoes of the first mistake: a type whose import failed is unknown, and a binding to a
        // pattern of an unknown type is unbound. Report only the first.
        Set<SourceFile> badImports = filesWith(diagnostics, "cannot import ");
        Set<SourceFile> unknownTypes = filesWith(diagnostics, "unknown fact type ");
        diagnostics.removeIf(d -> (badImports.contains(d.span().file())
                        && d.message().startsWith("unknown fact type "))
                || (unknownTypes.contains(d.span().file()) && d.message().endsWith(" is not bound to a fact")));
        // Rules written as a .dslr file or a decision table: point into the file governance wrote.
        List<Diagnostic> inSources = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            RuleText text = textsByDrl.get(diagnostic.span().file());
            inSources.add(text != null ? text.toSource(diagnostic) : diagnostic);
        }
        return inSources;
    }

    private static Set<SourceFile> filesWith(List<Diagnostic> diagnostics, String messageStart) {
        return diagnostics.stream()
                .filter(d -> d.message().startsWith(messageStart))
                .map(d -> d.span().file())
                .collect(Collectors.toSet());
    }

    /** The diagnostic for one error, or null for Drools' echoes of an error already reported. */
    private Diagnostic translate(Message message) {
        String text = message.getText().strip();
        RuleText rules = filesByPath.get(message.getPath());
        SourceFile file = rules != null ? rules.drl() : new SourceFile(String.valueOf(message.getPath()), "");
        if (rules != null) {
            textsByDrl.put(file, rules);
        }
        int line = message.getLine();
        if (isEcho(text)) {
            return null;
        }
        Matcher parser = PARSER.matcher(text);
        if (parser.matches()) {
            int column = Integer.parseInt(parser.group(2));
            return syntaxError(
                    file,
                    Integer.parseInt(parser.group(1)),
                    column,
                    parser.group(3).strip());
        }
        int column = 0;
        Matcher position = POSITION.matcher(text);
        if (position.find()) {
            column = Integer.parseInt(position.group(2));
        }
        Matcher strict = STRICT_MODE.matcher(text);
        if (strict.find()) {
            String type = strict.group(1);
            String field = strict.group(2);
            if (field.startsWith("$")) {
                return Diagnostic.error(
                        RuleCode.UNKNOWN_FIELD,
                        locate(file, line, column, field),
                        "'" + field + "' is not bound to a fact");
            }
            String simpleName = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
            return Diagnostic.error(
                    RuleCode.UNKNOWN_FIELD,
                    locate(file, line, column, field),
                    "unknown field '" + field + "' of '" + simpleName + "'" + expectedFields(type));
        }
        Matcher objectType = OBJECT_TYPE.matcher(text);
        if (objectType.find()) {
            return Diagnostic.error(
                    RuleCode.UNKNOWN_TYPE,
                    locate(file, line, column, objectType.group(1)),
                    "unknown fact type '" + objectType.group(1) + "'; expected one of: " + factTypeNames());
        }
        Matcher imported = IMPORT.matcher(text);
        if (imported.find()) {
            return Diagnostic.error(
                    RuleCode.UNKNOWN_TYPE,
                    locate(file, line, 0, imported.group(1)),
                    "cannot import '" + imported.group(1) + "': no such class");
        }
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.find()) {
            String name = duplicate.group(1).strip();
            return Diagnostic.error(
                    RuleCode.DUPLICATE_RULE,
                    locate(file, line, 0, name),
                    "rule name '" + name + "' is used twice in one package");
        }
        return compileError(file, line, column, text);
    }

    /** Any other error: Drools' text made a sentence, pointing at the name it complains about. */
    private static Diagnostic compileError(SourceFile file, int line, int column, String text) {
        String described = describe(text);
        Matcher invisible = INVISIBLE_FIELD.matcher(text);
        if (invisible.find()) {
            String field = invisible.group(2);
            described =
                    "field '" + field + "' of '" + invisible.group(1) + "' is not visible in a consequence; call get"
                            + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "()";
        }
        Matcher javaName = JAVA_NAME.matcher(text);
        Matcher quoted = QUOTED.matcher(described);
        SourceSpan span;
        if (javaName.find()) {
            String name = javaName.group(1) != null
                    ? javaName.group(1)
                    : javaName.group(2) != null ? javaName.group(2) : javaName.group(3);
            span = locate(file, line, column, name);
        } else if (quoted.find()) {
            span = locate(file, line, column, quoted.group(1));
        } else {
            span = at(file, line, column);
        }
        return Diagnostic.error(RuleCode.COMPILE, span, described);
    }

    /** Drools repeats a parse failure as a null package and a duplicate rule as a duplicate class. */
    private static boolean isEcho(String text) {
        return text.equals("Parser returned a null Package")
                || (text.startsWith("Rule Compilation error The type Rule_") && text.contains("is already defined"))
                || text.contains("Only a type can be imported");
    }

    private static Diagnostic syntaxError(SourceFile file, int line, int column, String text) {
        String message;
        String token = null;
        Matcher expecting = EXPECTING_TOKENS.matcher(text);
        Matcher mismatched = MISMATCHED.matcher(text);
        Matcher noViable = NO_VIABLE.matcher(text);
        if (expecting.matches()) {
            token = expecting.group(1);
            message = unexpected(token) + inRule(expecting.group(3)) + "; expected one of: " + expecting.group(2);
        } else if (mismatched.matches()) {
            token = mismatched.group(1);
            message = unexpected(token) + inRule(mismatched.group(2));
        } else if (noViable.matches()) {
            token = noViable.group(1);
            message = unexpected(token) + inRule(noViable.group(2));
        } else {
            message = sentence(text);
        }
        int length = token == null || token.isEmpty() || token.equals("<eof>") ? 1 : token.length();
        if (line > file.lineCount() && file.lineCount() > 0) {
            // the end of the file: point just past the last line's text rather than at no line
            line = file.lineCount();
            column = file.line(line).length();
        }
        return Diagnostic.error(RuleCode.SYNTAX, SourceSpan.at(file, line, column + 1, length), message);
    }

    private static String unexpected(String token) {
        return token.equals("<eof>") ? "unexpected end of file" : "unexpected '" + token + "'";
    }

    private static String inRule(String rest) {
        Matcher rule = IN_RULE.matcher(rest);
        return rule.find() ? " in rule '" + rule.group(1) + "'" : "";
    }

    /** Drools' text as one lower-case line: positions and ASCII-art pointers dropped. */
    private static String describe(String text) {
        String plain = POSITION.matcher(text).replaceAll("").strip();
        Matcher analyse = ANALYSE.matcher(plain);
        if (analyse.matches()) {
            return "cannot analyse expression '" + analyse.group(1).strip() + "': " + sentence(analyse.group(2));
        }
        plain = plain.replaceFirst("^Rule Compilation error\\s*", "");
        String joined = plain.lines()
                .map(String::strip)
                .filter(part -> !part.isEmpty() && !part.startsWith("[Near") && !part.equals("^"))
                .map(DroolsMessages::sentence)
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? "the rules do not compile" : joined;
    }

    /** Lower-case start (unless an acronym) and no trailing period, as the house style asks. */
    private static String sentence(String text) {
        String s = text.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * Points at {@code needle}: on the reported line from the column on, else further down the
     * same rule (compile errors report the rule's first line), else its first place in the file.
     */
    private static SourceSpan locate(SourceFile file, int line, int column, String needle) {
        if (line >= 1 && line <= file.lineCount()) {
            int found = file.line(line).indexOf(needle, column);
            if (found < 0) {
                found = file.line(line).indexOf(needle);
            }
            if (found >= 0) {
                return SourceSpan.at(file, line, found + 1, needle.length());
            }
            for (int next = line + 1; next <= file.lineCount(); next++) {
                found = file.line(next).indexOf(needle);
                if (found >= 0) {
                    return SourceSpan.at(file, next, found + 1, needle.length());
                }
                if (file.line(next).strip().equals("end")) {
                    break;
                }
            }
        }
        for (int any = 1; any <= file.lineCount(); any++) {
            int found = file.line(any).indexOf(needle);
            if (found >= 0) {
                return SourceSpan.at(file, any, found + 1, needle.length());
            }
        }
        return at(file, line, column);
    }

    /** The line's first non-blank character at or after the 0-based column; the file if no line. */
    private static SourceSpan at(SourceFile file, int line, int column) {
        if (line < 1 || line > file.lineCount()) {
            return SourceSpan.of(file);
        }
        String text = file.line(line);
        int start = Math.min(column, text.length());
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return SourceSpan.at(file, line, start + 1, 1);
    }

    private String expectedFields(String typeName) {
        try {
            Class<?> type = Class.forName(typeName, false, loader);
            TreeSet<String> fields = new TreeSet<>();
            for (Method method : type.getMethods()) {
                String property = propertyName(method);
                // a deprecated alias stays readable but is not suggested
                if (property != null && !method.isAnnotationPresent(Deprecated.class)) {
                    fields.add(property);
                }
            }
            return fields.isEmpty() ? "" : "; expected one of: " + String.join(", ", fields);
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
    }

    /** The JavaBean property a getter reads, or null for other methods. */
    static String propertyName(Method method) {
        if (method.getParameterCount() != 0
                || Modifier.isStatic(method.getModifiers())
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        String rest;
        if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            rest = name.substring(2);
        } else {
            return null;
        }
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }

    private String factTypeNames() {
        return factTypes.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }
}
