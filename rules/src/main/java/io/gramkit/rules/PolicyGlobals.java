package io.gramkit.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Rewrites, in the DRL handed to Drools only, each rule's pattern on a policy-levels fact ({@code
 * $policy : MintingLevels()}) into reads of a global holding that fact ({@code
 * gramLevelsMintingLevels.minimumCoverage}). A levels fact is inserted once and never changes, so
 * the join only filters; but Drools pays it on every update of every day fact (the join node's
 * memory, tuple bookkeeping). Read through a global, the comparison becomes an alpha constraint of
 * the day fact and the join disappears.
 *
 * <p>What governance reads is untouched: the files, the review, the catalogue and the audit trail
 * see the rules as written ({@link Splice} puts the levels back into a firing's matched facts).
 * The rewrite is made in place, line for line: a removed pattern becomes blanks, and what is added
 * (the globals' declarations, a guard, the bindings the consequence reads) joins an existing line,
 * so Drools' line numbers are those of the file. A rule outside the shapes handled here (a levels
 * pattern inside {@code not}, {@code exists} or {@code or}, over several lines, with a constraint
 * other than a field binding or a comparison with a number, a consequence in MVEL that reads a
 * levels binding, ...) keeps its join: that is always correct, only slower.
 *
 * <p>A levels fact the scenario does not set is absent, and a rule joining it never fires. Its
 * global is then null, and each pattern reading it starts with {@code global != null}, evaluated
 * first (Drools keeps alpha constraints in the order written). The levels every session inserts
 * ({@link #ALWAYS_SET}) need no guard.
 */
final class PolicyGlobals {
    /** Globals are named this and the levels class's simple name; a file already using it is left alone. */
    static final String PREFIX = "gramLevels";

    /** The levels {@link DroolsSession} inserts for every scenario: their globals are never null. */
    static final Set<Class<?>> ALWAYS_SET = Set.of(RedemptionLevels.class, MintingLevels.class);

    /** The facts inserted once per session that rules join for their levels. */
    static final List<Class<?>> LEVEL_TYPES = java.util.stream.Stream.concat(
                    RuleLevelFacts.ALL.stream(), java.util.stream.Stream.of(DebtPolicy.class))
            .toList();

    private static final Pattern FIELD_BINDING = Pattern.compile("(\\$[A-Za-z_]\\w*)\\s*:\\s*([A-Za-z_]\\w*)");
    private static final Pattern NUMBER_FILTER =
            Pattern.compile("([A-Za-z_]\\w*)\\s*(<=|>=|==|!=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern IDENTIFIER = Pattern.compile("[$A-Za-z_][$\\w]*");

    private PolicyGlobals() {}

    /**
     * Where the levels facts a rule no longer matches stood among its patterns: {@code positions}
     * (ascending, 0-based) and their types, so a firing's matched facts can be written as before.
     */
    record Splice(List<Integer> positions, List<Class<?>> types) {
        /** The facts the rule as written matched: {@code matched} with the session's levels put back. */
        List<Object> restore(List<?> matched, Map<Class<?>, Object> levels) {
            List<Object> facts = new ArrayList<>(matched.size() + positions.size());
            int next = 0;
            int spliced = 0;
            for (int i = 0; i < matched.size() + positions.size(); i++) {
                if (spliced < positions.size() && positions.get(spliced).intValue() == i) {
                    facts.add(levels.get(types.get(spliced)));
                    spliced++;
                } else if (next < matched.size()) {
                    facts.add(matched.get(next++));
                }
            }
            return facts;
        }
    }

    /** One file's DRL for Drools, with the levels patterns taken out of each rule (by rule name). */
    record Rewritten(String drl, Map<String, Splice> splices, Set<Class<?>> globals) {
        static Rewritten unchanged(String drl) {
            return new Rewritten(drl, Map.of(), Set.of());
        }
    }

    /**
     * Rule files as Drools compiles them, with by rule name the levels patterns taken out, and the
     * globals the rewritten rules read. Rule names are unique across files.
     */
    record Rewrites(List<RuleText> texts, Map<String, Splice> splices, Set<Class<?>> globals) {
        /** The files compiled as written. */
        static Rewrites none(List<RuleText> texts) {
            return new Rewrites(List.copyOf(texts), Map.of(), Set.of());
        }

        boolean isEmpty() {
            return splices.isEmpty();
        }
    }

    /** Each file's DRL rewritten by {@link #rewrite(String)}. */
    static Rewrites rewrite(List<RuleText> texts) {
        List<RuleText> rewritten = new ArrayList<>();
        Map<String, Splice> splices = new HashMap<>();
        Set<Class<?>> globals = new LinkedHashSet<>();
        for (RuleText text : texts) {
            Rewritten file = rewrite(text.drl().text());
            rewritten.add(file.splices().isEmpty() ? text : text.withDrl(file.drl()));
            splices.putAll(file.splices());
            globals.addAll(file.globals());
        }
        return new Rewrites(List.copyOf(rewritten), Map.copyOf(splices), Set.copyOf(globals));
    }

    /** The name of the global holding a levels fact of {@code type}. */
    static String globalName(Class<?> type) {
        return PREFIX + type.getSimpleName();
    }

    /** {@code drl} with every levels pattern it safely can read through globals, line for line. */
    static Rewritten rewrite(String drl) {
        if (drl.contains(PREFIX)) {
            return Rewritten.unchanged(drl);
        }
        PackageDescr file = parse(drl);
        if (file == null || !file.getFunctions().isEmpty()) {
            return Rewritten.unchanged(drl);
        }
        Map<String, Class<?>> levelTypes = resolvableLevelTypes(file);
        List<Edit> edits = new ArrayList<>();
        Map<String, Splice> splices = new LinkedHashMap<>();
        Set<Class<?>> globals = new LinkedHashSet<>();
        for (RuleDescr rule : file.getRules()) {
            if (rule.getParentName() != null) {
                return Rewritten.unchanged(drl); // an extended rule's conditions are its children's too
            }
            if (rule instanceof QueryDescr) {
                continue;
            }
            RuleRewrite rewrite = RuleRewrite.of(drl, file, rule, levelTypes);
            if (rewrite != null) {
                edits.addAll(rewrite.edits);
                splices.put(rule.getName(), rewrite.splice);
                globals.addAll(rewrite.splice.types());
            }
        }
        if (splices.isEmpty()) {
            return Rewritten.unchanged(drl);
        }
        StringBuilder declarations = new StringBuilder();
        for (Class<?> type : globals) {
            declarations
                    .append("global ")
                    .append(type.getName())
                    .append(' ')
                    .append(globalName(type))
                    .append("; ");
        }
        int first = skipBlanksAndComments(drl, 0);
        int header = afterPackage(drl, first);
        edits.add(
                header < 0
                        ? new Edit(first, first, declarations.toString())
                        : new Edit(header, header, " " + declarations.toString().strip()));
        String rewritten = apply(drl, edits);
        if (!sameRules(file, parse(rewritten))) {
            return Rewritten.unchanged(drl);
        }
        return new Rewritten(rewritten, Map.copyOf(splices), Set.copyOf(globals));
    }

    /** Sets each global the rules declare to the session's levels fact of its type, if it has one. */
    static void set(org.kie.api.runtime.KieSession session, Set<Class<?>> globals, Map<Class<?>, Object> levels) {
        for (Class<?> type : globals) {
            Object fact = levels.get(type);
            if (fact != null) {
                session.setGlobal(globalName(type), fact);
            } else if (ALWAYS_SET.contains(type)) {
                throw new IllegalStateException(
                        "a session without " + type.getSimpleName() + ": its rules need no guard");
            }
        }
    }

    /** One text edit: {@code [start, end)} becomes {@code text}. */
    private record Edit(int start, int end, String text) {}

    /** What one rule's rewrite changes; null from {@link #of} when the rule keeps its joins. */
    private static final class RuleRewrite {
        final List<Edit> edits = new ArrayList<>();
        Splice splice;

        private static final Pattern THEN = Pattern.compile("\\bthen\\b");

        static RuleRewrite of(String drl, PackageDescr file, RuleDescr rule, Map<String, Class<?>> levelTypes) {
            if (rule.getLhs() == null || !(rule.getConsequence() instanceof String consequence)) {
                return null;
            }
            RuleRewrite rewrite = new RuleRewrite();
            List<PatternDescr> patterns = new ArrayList<>();
            for (BaseDescr descr : rule.getLhs().getDescrs()) {
                if (!(descr instanceof PatternDescr pattern)
                        || pattern.getSource() != null
                        || pattern.isQuery()
                        || pattern.isUnification()
                        || !pattern.getConstraint().getDescrs().stream().allMatch(ExprConstraintDescr.class::isInstance)
                        || !spans(drl, pattern)) {
                    return null; // not, exists, or, eval, from, accumulate: keep the rule as written
                }
                patterns.add(pattern);
            }
            // what each binding of a removed pattern reads: its global, or a field of it
            Map<String, String> reads = new LinkedHashMap<>();
            Map<String, String> locals = new LinkedHashMap<>();
            Map<Class<?>, List<String>> filters = new LinkedHashMap<>();
            List<Integer> positions = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            List<PatternDescr> kept = new ArrayList<>();
            for (int i = 0; i < patterns.size(); i++) {
                PatternDescr pattern = patterns.get(i);
                Class<?> type = levelTypes.get(pattern.getObjectType());
                if (type == null) {
                    kept.add(pattern);
                    continue;
                }
                String global = globalName(type);
                if (pattern.getLine() != pattern.getEndLine()
                        || (pattern.getIdentifier() != null && !addRead(reads, pattern.getIdentifier(), global))) {
                    return null;
                }
                if (pattern.getIdentifier() != null) {
                    locals.put(
                            pattern.getIdentifier(),
                            "final " + type.getName() + " " + pattern.getIdentifier() + " = " + global + ";");
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    String expression =
                            ((ExprConstraintDescr) constraint).getExpression().strip();
                    Matcher binding = FIELD_BINDING.matcher(expression);
                    Matcher filter = NUMBER_FILTER.matcher(expression);
                    if (binding.matches() && getter(type, binding.group(2)) != null) {
                        Method getter = getter(type, binding.group(2));
                        if (!addRead(reads, binding.group(1), global + "." + binding.group(2))) {
                            return null;
                        }
                        locals.put(
                                binding.group(1),
                                "final " + getter.getReturnType().getCanonicalName() + " " + binding.group(1) + " = "
                                        + global + "." + getter.getName() + "();");
                    } else if (filter.matches() && getter(type, filter.group(1)) != null) {
                        filters.computeIfAbsent(type, t -> new ArrayList<>())
                                .add(global + "." + filter.group(1) + " " + filter.group(2) + " " + filter.group(3));
                    } else {
                        return null;
                    }
                }
                positions.add(i);
                types.add(type);
                rewrite.edits.add(new Edit(
                        pattern.getStartCharacter(),
                        pattern.getEndCharacter(),
                        " ".repeat(pattern.getEndCharacter() - pattern.getStartCharacter())));
            }
            if (positions.isEmpty()) {
                return null;
            }
            if (kept.isEmpty()) {
                return null; // nothing left to carry the levels' guard and filters
            }
            for (int k = 0; k < kept.size(); k++) {
                PatternDescr pattern = kept.get(k);
                Set<Class<?>> read = new LinkedHashSet<>();
                if (!replaceReads(
                        drl,
                        pattern.getStartCharacter(),
                        pattern.getEndCharacter(),
                        reads,
                        types,
                        rewrite.edits,
                        read)) {
                    return null;
                }
                List<String> guards = new ArrayList<>();
                for (Class<?> type : new LinkedHashSet<>(types)) {
                    boolean first = k == 0;
                    if ((first || read.contains(type)) && !ALWAYS_SET.contains(type)) {
                        guards.add(globalName(type) + " != null");
                    }
                    if (first) {
                        guards.addAll(filters.getOrDefault(type, List.of()));
                    }
                }
                if (!guards.isEmpty()) {
                    int open = drl.indexOf('(', pattern.getStartCharacter());
                    if (open < 0 || open >= pattern.getEndCharacter()) {
                        return null;
                    }
                    String separator = pattern.getDescrs().isEmpty() ? " " : ", ";
                    rewrite.edits.add(new Edit(open + 1, open + 1, " " + String.join(", ", guards) + separator));
                }
            }
            if (usesAny(consequence, locals.keySet())) {
                Object dialect = rule.getAttributes().containsKey("dialect")
                        ? rule.getAttributes().get("dialect").getValue()
                        : file.getAttribute("dialect") == null
                                ? null
                                : file.getAttribute("dialect").getValue();
                if (dialect != null
                        && !"java"
                                .equals(String.valueOf(dialect)
                                        .replace("\"", "")
                                        .strip())) {
                    return null;
                }
                int then = thenKeyword(drl, rule);
                if (then < 0) {
                    return null;
                }
                rewrite.edits.add(new Edit(then, then, " " + String.join(" ", locals.values())));
            }
            rewrite.splice = new Splice(List.copyOf(positions), List.copyOf(types));
            return rewrite;
        }

        /** The offset just after the {@code then} that opens the rule's consequence, or -1. */
        private static int thenKeyword(String drl, RuleDescr rule) {
            int line = rule.getConsequenceLine();
            int start = lineStart(drl, line);
            if (start < 0) {
                return -1;
            }
            int end = drl.indexOf('\n', start);
            String text = drl.substring(start, end < 0 ? drl.length() : end);
            Matcher then = THEN.matcher(text);
            if (!then.find()) {
                return -1;
            }
            int at = then.end();
            int comment = text.indexOf("//");
            boolean commented = comment >= 0 && comment < at;
            return then.find() || commented ? -1 : start + at;
        }
    }

    private static boolean addRead(Map<String, String> reads, String binding, String read) {
        return binding.startsWith("$") && reads.putIfAbsent(binding, read) == null;
    }

    /**
     * Replaces the removed bindings in {@code [from, to)} of {@code drl} by what they read, outside
     * strings and comments; {@code read} collects the levels types so read. False when the text
     * cannot be scanned with confidence.
     */
    private static boolean replaceReads(
            String drl,
            int from,
            int to,
            Map<String, String> reads,
            List<Class<?>> types,
            List<Edit> edits,
            Set<Class<?>> read) {
        int i = from;
        while (i < to) {
            char c = drl.charAt(i);
            if (c == '"' || c == '\'') {
                int close = closingQuote(drl, i, to);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (drl.startsWith("//", i) || drl.startsWith("/*", i)) {
                return false;
            } else if (c == '$' || Character.isJavaIdentifierStart(c)) {
                Matcher token = IDENTIFIER.matcher(drl).region(i, to);
                token.lookingAt();
                String name = token.group();
                boolean member = i > 0 && drl.charAt(i - 1) == '.';
                if (!member && reads.containsKey(name)) {
                    String replacement = reads.get(name);
                    edits.add(new Edit(i, token.end(), replacement));
                    for (Class<?> type : types) {
                        if (replacement.equals(globalName(type)) || replacement.startsWith(globalName(type) + ".")) {
                            read.add(type);
                        }
                    }
                }
                i = token.end();
            } else {
                i++;
            }
        }
        return true;
    }

    private static int closingQuote(String text, int open, int to) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < to; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code code} names one of {@code names} as a whole identifier (strings and comments included: erring on yes). */
    private static boolean usesAny(String code, Set<String> names) {
        Matcher token = IDENTIFIER.matcher(code);
        while (token.find()) {
            if (names.contains(token.group())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern's recorded characters are its text: it starts with its binding or type and ends with ')'. */
    private static boolean spans(String drl, PatternDescr pattern) {
        int start = pattern.getStartCharacter();
        int end = pattern.getEndCharacter();
        if (start < 0 || end <= start || end > drl.length()) {
            return false;
        }
        String text = drl.substring(start, end);
        String head = pattern.getIdentifier() != null ? pattern.getIdentifier() : pattern.getObjectType();
        return text.startsWith(head)
                && text.endsWith(")")
                && text.indexOf('\n') < 0 == (pattern.getLine() == pattern.getEndLine());
    }

    /** The levels classes a pattern may name in this file, by the type name it would write. */
    private static Map<String, Class<?>> resolvableLevelTypes(PackageDescr file) {
        Set<String> declared = new LinkedHashSet<>();
        for (TypeDeclarationDescr type : file.getTypeDeclarations()) {
            declared.add(type.getTypeName());
        }
        Set<String> imports = new LinkedHashSet<>();
        for (ImportDescr descr : file.getImports()) {
            imports.add(descr.getTarget());
        }
        Map<String, Class<?>> types = new HashMap<>();
        for (Class<?> type : LEVEL_TYPES) {
            types.put(type.getName(), type);
            String packageName = type.getPackageName();
            boolean visible = imports.contains(type.getName())
                    || imports.contains(packageName + ".*")
                    || packageName.equals(file.getName());
            if (visible && !declared.contains(type.getSimpleName())) {
                types.put(type.getSimpleName(), type);
            }
        }
        return types;
    }

    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + suffix, "is" + suffix)) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() != void.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    /**
     * The offset just after the package statement starting at {@code i} (on its line, so the
     * globals' declarations join that line), or -1 when the file declares no package.
     */
    private static int afterPackage(String drl, int i) {
        if (!drl.startsWith("package", i)
                || i + 7 >= drl.length()
                || Character.isJavaIdentifierPart(drl.charAt(i + 7))) {
            return -1;
        }
        int j = i + 7;
        while (j < drl.length() && (drl.charAt(j) == ' ' || drl.charAt(j) == '\t')) {
            j++;
        }
        while (j < drl.length() && (Character.isJavaIdentifierPart(drl.charAt(j)) || drl.charAt(j) == '.')) {
            j++;
        }
        int k = j;
        while (k < drl.length() && (drl.charAt(k) == ' ' || drl.charAt(k) == '\t')) {
            k++;
        }
        return k < drl.length() && drl.charAt(k) == ';' ? k + 1 : j;
    }

    private static int skipBlanksAndComments(String drl, int from) {
        int i = from;
        while (i < drl.length()) {
            if (Character.isWhitespace(drl.charAt(i))) {
                i++;
            } else if (drl.startsWith("//", i) || drl.startsWith("#", i)) {
                int end = drl.indexOf('\n', i);
                i = end < 0 ? drl.length() : end + 1;
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                i = end < 0 ? drl.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineStart(String drl, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = drl.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return offset;
    }

    private static String apply(String drl, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        // from the end, so offsets stay valid; at one offset a replacement before an insertion
        sorted.sort(
                Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
        StringBuilder text = new StringBuilder(drl);
        for (Edit edit : sorted) {
            text.replace(edit.start(), edit.end(), edit.text());
        }
        return text.toString();
    }

    /** Whether the rewrite still declares the same rules, in order, on the same lines. */
    private static boolean sameRules(PackageDescr before, PackageDescr after) {
        if (after == null || before.getRules().size() != after.getRules().size()) {
            return false;
        }
        for (int i = 0; i < before.getRules().size(); i++) {
            RuleDescr a = before.getRules().get(i);
            RuleDescr b = after.getRules().get(i);
            if (!a.getName().equals(b.getName())
                    || a.getLine() != b.getLine()
                    || a.getConsequenceLine() != b.getConsequenceLine()) {
                return false;
            }
        }
        return true;
    }

    private static PackageDescr parse(String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, drl);
            return descr == null || parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }
}
