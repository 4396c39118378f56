package io.gramkit.rules;

import io.gramkit.diagnostic.SourceFile;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a rule folder holds, for governance: each rule's name, the file and line it is written
 * at, and the policy levels it reads ({@code RedemptionLevels.wideDiscount}), found in the rule's
 * DRL (a {@code .dslr} file's expansion, a decision table's generated rules). A policy level is a
 * property of a fact type other than {@link TokenDay} that a rule's pattern of that type
 * constrains or binds, or that a consequence or constraint reads through a binding
 * ({@code $policy.wideDiscount}, {@code $policy.getWideDiscount()}).
 */
public final class RuleCatalogue {
    /** One rule: its name, where it is declared ({@code file:line}), the policy levels it reads, sorted. */
    public record Entry(String rule, String file, int line, List<String> parameters) {
        public Entry {
            parameters = List.copyOf(parameters);
        }
    }

    private static final Pattern BINDING = Pattern.compile("(\\$[\\w$]+)\\s*:\\s*([\\w.]+)\\s*\\(");
    private static final Pattern PATTERN = Pattern.compile("\\b([A-Z][\\w]*)\\s*\\(");
    private static final Pattern READ = Pattern.compile("(\\$[\\w$]+)\\s*\\.\\s*(\\w+)\\s*(\\(\\s*\\))?");
    private static final Pattern FIELD_BINDING = Pattern.compile("(\\$[\\w$]+)\\s*:\\s*([a-z]\\w*)\\b");
    private static final Pattern WORD = Pattern.compile("(?<![$\\w.])([a-z][\\w]*)\\b");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private RuleCatalogue() {}

    /**
     * The rules of these files and folders, in the order a run lists them.
     *
     * @throws io.gramkit.diagnostic.InputException when the rules do not load, as for a run
     */
    public static List<Entry> of(List<Path> sources) {
        List<RuleText> texts = RuleSources.read(sources);
        RuleCompiler.compile(texts, RuleCatalogue.class.getClassLoader(), DroolsRules.FACT_TYPES);
        RuleDeclarations.of(texts);
        return entries(texts);
    }

    /**
     * The DRL that rule files and folders expand to, for review: a {@code .drl} file as written, a
     * {@code .dslr} file's expansion with each sentence quoted above the DRL it became, a decision
     * table's generated rules with each row quoted above its rule. Each file starts with a
     * {@code // file} line.
     *
     * @throws io.gramkit.diagnostic.InputException when the files do not load
     */
    public static String expandedDrl(List<Path> sources) {
        List<RuleText> texts = RuleSources.read(sources);
        StringBuilder out = new StringBuilder();
        for (RuleText text : texts) {
            out.append("// ")
                    .append(text.name())
                    .append(text.isDrl() ? "" : " (" + text.note() + " DRL)")
                    .append('\n');
            if (text.isDrl()) {
                out.append(text.drl().text());
                if (!text.drl().text().endsWith("\n")) {
                    out.append('\n');
                }
                continue;
            }
            int shown = 0;
            for (int line = 1; line <= text.drl().lineCount(); line++) {
                String drl = text.drl().line(line);
                int source = text.sourceLine(line);
                List<Integer> quoted = new ArrayList<>();
                if (source > shown && source <= text.source().lineCount()) {
                    quoted.add(source);
                }
                for (int joined : text.joinedLines().getOrDefault(line, new int[0])) {
                    quoted.add(joined);
                }
                for (int sourceLine : quoted) {
                    String written = text.source().line(sourceLine).strip();
                    if (!written.isEmpty() && !written.equals(drl.strip()) && !written.startsWith("//")) {
                        out.append("// ")
                                .append(shortName(text.name()))
                                .append(':')
                                .append(sourceLine)
                                .append(": ")
                                .append(written)
                                .append('\n');
                    }
                    shown = Math.max(shown, sourceLine);
                }
                out.append(drl).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What each rule decides, by rule name: the levers it sets ({@code fee}, {@code minting}) and
     * the literal numbers written into it (its thresholds and values, not the levels it reads), in
     * the order written, as the model reads them ({@code 3 / 100.0} is 0.03).
     *
     * @throws io.gramkit.diagnostic.InputException when the files do not load
     */
    public static Map<String, List<List<String>>> leversAndNumbers(List<Path> sources) {
        Map<String, List<List<String>>> result = new java.util.LinkedHashMap<>();
        for (RuleText text : RuleSources.read(sources)) {
            for (RuleAnatomy rule : RuleAnatomy.of(text)) {
                result.putIfAbsent(rule.name(), List.of(levers(rule), numbers(rule)));
            }
        }
        return result;
    }

    /** The levers a rule sets, by key ({@code fee}), in the order its consequence pulls them. */
    static List<String> levers(RuleAnatomy rule) {
        java.util.LinkedHashSet<String> levers = new java.util.LinkedHashSet<>();
        for (RuleAnatomy.LeverCall call : rule.levers()) {
            levers.add(call.lever().key());
        }
        return List.copyOf(levers);
    }

    /** The literal numbers written into a rule, in the order written, as the model reads them. */
    static List<String> numbers(RuleAnatomy rule) {
        java.util.LinkedHashSet<String> numbers = new java.util.LinkedHashSet<>();
        for (List<RuleAnatomy.Atom> conjunction :
                rule.conditions() == null ? List.<List<RuleAnatomy.Atom>>of() : rule.conditions()) {
            for (RuleAnatomy.Atom atom : conjunction) {
                for (RuleAnatomy.Term term : List.of(atom.left(), atom.right())) {
                    if (term.isConstant() && !term.text().matches("true|false")) {
                        numbers.add(PolicyDrl.number(term.constant()).replaceAll("\\.0$", ""));
                    }
                }
            }
        }
        for (RuleAnatomy.LeverCall call : rule.levers()) {
            if (call.value() != null
                    && call.value().isConstant()
                    && !call.value().text().endsWith("()")) {
                numbers.add(PolicyDrl.number(call.value().constant()).replaceAll("\\.0$", ""));
            }
        }
        // the fee guards (fee != 0.02) are numbers written into the rule too
        Matcher guard = Pattern.compile("!=\\s*([-\\d.][\\d.\\s/*+-]*[\\d])").matcher(rule.body());
        while (guard.find()) {
            Double value = Arithmetic.evaluate(guard.group(1));
            if (value != null) {
                numbers.add(PolicyDrl.number(value).replaceAll("\\.0$", ""));
            }
        }
        return List.copyOf(numbers);
    }

    /** One rule's text for a review of changes: its conditions and its actions, whitespace normalised. */
    public record RuleBody(String rule, String file, int line, String conditions, String actions) {}

    /**
     * Each rule's conditions and actions as the engine runs them (a {@code .dslr} file's expansion,
     * a table's generated rule), for a rule-by-rule diff.
     *
     * @throws io.gramkit.diagnostic.InputException when the files do not load
     */
    public static List<RuleBody> bodies(List<Path> sources) {
        List<RuleText> texts = RuleSources.read(sources);
        List<RuleBody> bodies = new ArrayList<>();
        for (RuleText text : texts) {
            for (RuleAnatomy rule : RuleAnatomy.of(text)) {
                bodies.add(new RuleBody(
                        rule.name(), text.name(), text.sourceLine(rule.line()), conditions(rule), actions(rule)));
            }
        }
        return List.copyOf(bodies);
    }

    /** A rule's conditions as the engine runs them, whitespace normalised, a line each. */
    static String conditions(RuleAnatomy rule) {
        String body = rule.body();
        int when = indexOfWord(body, "when");
        int then = indexOfWord(body, "then");
        return normalised(when >= 0 && then > when ? body.substring(when + 4, then) : "");
    }

    /** A rule's consequence as the engine runs it, whitespace normalised, a line each. */
    static String actions(RuleAnatomy rule) {
        String body = rule.body();
        int then = indexOfWord(body, "then");
        int end = body.lastIndexOf("end");
        return normalised(then >= 0 && end > then ? body.substring(then + 4, end) : "");
    }

    private static int indexOfWord(String text, String word) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(text);
        return matcher.find() ? matcher.end() - word.length() : -1;
    }

    /** Lines stripped and blank lines dropped, each kept. */
    private static String normalised(String text) {
        return String.join(
                "\n",
                text.lines()
                        .map(line -> line.strip().replaceAll("\\s+", " "))
                        .filter(line -> !line.isEmpty())
                        .toList());
    }

    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** The rules of texts that compile, in order. */
    static List<Entry> entries(List<RuleText> texts) {
        Map<String, Set<String>> policyProperties = new HashMap<>();
        for (Class<?> type : DroolsRules.FACT_TYPES) {
            if (type != TokenDay.class && type != DebtDay.class) {
                policyProperties.put(type.getSimpleName(), properties(type));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (RuleText text : texts) {
            List<RuleDescr> rules = RuleDeclarations.parse(text).getRules().stream()
                    .filter(rule -> !(rule instanceof QueryDescr))
                    .toList();
            for (int i = 0; i < rules.size(); i++) {
                RuleDescr rule = rules.get(i);
                int end = i + 1 < rules.size()
                        ? rules.get(i + 1).getLine() - 1
                        : text.drl().lineCount();
                String body =
                        COMMENTS.matcher(lines(text.drl(), rule.getLine(), end)).replaceAll(" ");
                int line = text.sourceLine(rule.getLine());
                entries.add(new Entry(rule.getName(), text.name(), line, parameters(body, policyProperties)));
            }
        }
        return List.copyOf(entries);
    }

    /** The policy levels one rule's DRL reads. */
    static List<String> parameters(String body, Map<String, Set<String>> policyProperties) {
        TreeSet<String> read = new TreeSet<>();
        Map<String, String> typeOfBinding = new HashMap<>();
        Matcher binding = BINDING.matcher(body);
        while (binding.find()) {
            String type = simpleName(binding.group(2));
            if (policyProperties.containsKey(type)) {
                typeOfBinding.put(binding.group(1), type);
            }
        }
        Matcher pattern = PATTERN.matcher(body);
        while (pattern.find()) {
            String type = pattern.group(1);
            Set<String> properties = policyProperties.get(type);
            if (properties == null) {
                continue;
            }
            String constraints = parenthesised(body, pattern.end() - 1);
            // a field bound to a variable is read only if the rule uses the variable
            Matcher bound = FIELD_BINDING.matcher(constraints);
            while (bound.find()) {
                if (properties.contains(bound.group(2)) && uses(body, bound.group(1))) {
                    read.add(type + "." + bound.group(2));
                }
            }
            Matcher word = WORD.matcher(FIELD_BINDING.matcher(constraints).replaceAll(" "));
            while (word.find()) {
                if (properties.contains(word.group(1))) {
                    read.add(type + "." + word.group(1));
                }
            }
        }
        Matcher access = READ.matcher(body);
        while (access.find()) {
            String type = typeOfBinding.get(access.group(1));
            if (type == null) {
                continue;
            }
            String name = access.group(2);
            String property = name;
            if (access.group(3) != null) {
                String rest =
                        name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
                property = rest.isEmpty() ? name : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
            if (policyProperties.get(type).contains(property)) {
                read.add(type + "." + property);
            }
        }
        return List.copyOf(read);
    }

    /** Whether a variable occurs in the rule other than where it is bound. */
    private static boolean uses(String body, String variable) {
        Matcher occurrence =
                Pattern.compile(Pattern.quote(variable) + "(?![\\w$])").matcher(body);
        int count = 0;
        while (occurrence.find()) {
            count++;
        }
        return count > 1;
    }

    /** The text inside the parentheses that open at {@code open}. */
    private static String parenthesised(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        return text.substring(open + 1);
    }

    private static Set<String> properties(Class<?> type) {
        Set<String> properties = new TreeSet<>();
        for (Method method : type.getMethods()) {
            String property = DroolsMessages.propertyName(method);
            if (property != null) {
                properties.add(property);
            }
        }
        return properties;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String lines(SourceFile file, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int line = Math.max(1, from); line <= Math.min(to, file.lineCount()); line++) {
            text.append(file.line(line)).append('\n');
        }
        return text.toString();
    }
}
