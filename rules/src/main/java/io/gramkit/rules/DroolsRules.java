package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.interpreter.RuleFile;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * The governance rules (DRL files) compiled by Drools, as the simulator's {@link ResponseRules}.
 *
 * <p>Rules are listed, and their change counts reported, in file order, then in order of
 * declaration in each file; a folder's files are taken in order of their names. Rule names are
 * unique across all files. Loading reads and compiles the files at run time: editing a rule file
 * needs no rebuild of the kit. Every problem with the files is an {@link
 * io.gramkit.diagnostic.InputException} carrying diagnostics with codes R1xx.
 *
 * <p>Immutable and thread-safe; each worker thread opens its own session.
 */
public final class DroolsRules implements ResponseRules {
    /**
     * The classes rules match on; DRL imports them from this package. The service admits exactly
     * these in uploaded rules: the per-path facts and every level fact generated from the settings
     * catalogue's rule levels.
     */
    public static final List<Class<?>> FACT_TYPES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(TokenDay.class, DebtDay.class, DebtPolicy.class),
                    RuleLevelFacts.ALL.stream())
            .toList();

    private static DroolsRules packaged;

    /** Built on first use: {@code gram check} of rules compiled before never builds it. */
    private final java.util.function.Supplier<KieBase> base;

    private final List<DeclaredRule> rules;
    private final List<String> names;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final List<RuleFile> files;
    private final List<Diagnostic> warnings;
    private final java.util.SortedSet<String> levelsRead;
    private final List<RuleText> texts;
    /** The levels patterns Drools reads as globals instead of joins ({@link PolicyGlobals}). */
    private final PolicyGlobals.Rewrites rewrites;

    /** The DRL Drools compiled, one per rule file, in order ({@link #drl()}). */
    private final List<Drl> drl;

    /**
     * One rule file as Drools compiled it: DRL text ({@code .dslr} files expanded, decision tables
     * generated) under a name ending in {@code .drl}.
     */
    public record Drl(String name, String text) {}

    private DroolsRules(
            java.util.function.Supplier<KieBase> base,
            List<DeclaredRule> rules,
            List<RuleText> texts,
            PolicyGlobals.Rewrites rewrites) {
        this.rewrites = rewrites;
        this.drl = texts.stream()
                .map(text -> new Drl(
                        text.drl().name().endsWith(".drl")
                                ? text.drl().name()
                                : text.drl().name() + ".drl",
                        text.drl().text()))
                .toList();
        this.base = base;
        this.texts = List.copyOf(texts);
        this.warnings = DeprecatedReads.of(texts);
        this.levelsRead = RuleCatalogue.entries(texts).stream()
                .flatMap(entry -> entry.parameters().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        this.rules = rules;
        this.names = rules.stream().map(DeclaredRule::name).toList();
        for (int i = 0; i < names.size(); i++) {
            indexByName.put(names.get(i), i);
        }
        this.files = texts.stream().flatMap(text -> text.inputs().stream()).toList();
    }

    /**
     * Loads rules from {@code .drl} files and folders of them, in the order given.
     *
     * @throws io.gramkit.diagnostic.InputException for a missing or unreadable source, a folder
     *         with no rules or with a file that would not be loaded, and any DRL that does not
     *         compile
     */
    public static DroolsRules load(List<Path> sources) {
        return build(RuleSources.read(sources));
    }

    /**
     * The rules a scenario runs with: the rule files and folders it names (the packaged reference
     * rules if it names none), and the DRL compiled from its {@code when ... then ...} lines.
     *
     * @throws io.gramkit.diagnostic.InputException as {@link #load}
     */
    public static DroolsRules forScenario(Scenario scenario) {
        List<Path> sources = scenario.rules().stream().map(RuleSource::path).toList();
        Optional<String> policies = PolicyDrl.of(scenario);
        if (policies.isEmpty()) {
            return sources.isEmpty() ? packagedReference() : load(sources);
        }
        List<RuleText> texts = new ArrayList<>(
                sources.isEmpty()
                        ? RuleSources.packaged(DroolsRules.class.getClassLoader())
                        : RuleSources.read(sources));
        texts.add(RuleText.of(PolicyDrl.fileName(scenario), policies.get().getBytes(StandardCharsets.UTF_8)));
        return build(texts);
    }

    /**
     * Rules compiled from the DRL of {@link #drl()}: the same rules in the same order, deciding the
     * same, for processes that cannot read the original files (a cluster's executors). Their
     * diagnostics point into the DRL rather than the files governance wrote.
     */
    public static DroolsRules ofDrl(List<Drl> files) {
        return build(files.stream()
                .map(file -> RuleText.of(file.name(), file.text().getBytes(StandardCharsets.UTF_8)))
                .toList());
    }

    /** The DRL these rules were compiled from, one per rule file, in order. */
    public List<Drl> drl() {
        return drl;
    }

    /** The reference rules packaged in this jar (a copy of the module's {@code reference/} folder). */
    public static synchronized DroolsRules packagedReference() {
        if (packaged == null) {
            packaged = build(RuleSources.packaged(DroolsRules.class.getClassLoader()));
        }
        return packaged;
    }

    private static DroolsRules build(List<RuleText> texts) {
        PolicyGlobals.Rewrites rewrites = PolicyGlobals.rewrite(texts);
        java.util.function.Supplier<KieBase> base;
        try {
            // the cache is keyed by the DRL Drools compiles: the rewritten text
            base = RuleCompiler.compile(
                    rewrites.texts(), DroolsRules.class.getClassLoader(), FACT_TYPES, CompiledRulesCache.current());
        } catch (InputException e) {
            if (rewrites.isEmpty()) {
                throw e;
            }
            // Errors are reported on the files as written; and should the rewrite ever be what
            // Drools rejects, the rules as written still run.
            rewrites = PolicyGlobals.Rewrites.none(texts);
            base = RuleCompiler.compile(
                    texts, DroolsRules.class.getClassLoader(), FACT_TYPES, CompiledRulesCache.current());
        }
        return new DroolsRules(base, RuleDeclarations.of(texts), texts, rewrites);
    }

    /**
     * The policy levels some rule reads, as {@code RedemptionLevels.wideDiscount}: the names the
     * settings catalogue gives as each setting's rule level ({@link RuleCatalogue}).
     */
    public java.util.SortedSet<String> levelsRead() {
        return java.util.Collections.unmodifiableSortedSet(levelsRead);
    }

    /**
     * The review of the rules before a run (R15x): what Drools accepts but a careless edit left
     * behind, errors and warnings in reading order. A run does not make it; {@code gram rules check}
     * and {@code gram check} do.
     */
    public List<Diagnostic> review() {
        return RuleReview.of(texts);
    }

    /** What the rule files do that still works but should change (R140), in file order. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    @Override
    public List<String> ruleNames() {
        return names;
    }

    /** Each rule file read, by its name as given (or {@code classpath:...}), with its SHA-256. */
    @Override
    public List<RuleFile> files() {
        return files;
    }

    /**
     * A session one worker thread uses alone: without Drools' thread safety (its entry-point locks
     * and synchronised propagation list, about 5% of a profiled loop), which guards nothing here,
     * and with its globals in arrays ({@link SessionGlobals}).
     */
    private KieSession newSession() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        KieSession session = base.get().newKieSession(configuration, null);
        if (session instanceof StatefulKnowledgeSessionImpl impl) {
            impl.setGlobalResolver(new SessionGlobals());
        }
        return session;
    }

    @Override
    public ResponseSession open(Scenario scenario, List<PathState> paths) {
        return new DroolsSession(newSession(), rules, indexByName, rewrites, scenario, paths);
    }

    /**
     * These rules, writing every firing on the trail's sampled paths and every lever change into
     * {@code trail}; what the rules decide is unchanged.
     */
    @Override
    public ResponseRules audited(AuditTrail trail) {
        if (!trail.ruleNames().equals(names)) {
            throw new IllegalArgumentException("the audit trail lists other rules: " + trail.ruleNames());
        }
        DroolsRules rules = this;
        return new ResponseRules() {
            @Override
            public List<String> ruleNames() {
                return names;
            }

            @Override
            public List<RuleFile> files() {
                return files;
            }

            @Override
            public ResponseSession open(Scenario scenario, List<PathState> paths) {
                return new DroolsSession(newSession(), rules.rules, indexByName, rewrites, scenario, paths, trail);
            }
        };
    }
}
