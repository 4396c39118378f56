package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.interpreter.RuleFile;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

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
    /** The classes rules match on; DRL imports them from this package. */
    static final List<Class<?>> FACT_TYPES = List.of(TokenDay.class, RedemptionLevels.class, MintingLevels.class);

    private static DroolsRules packaged;

    private final KieBase base;
    private final List<DeclaredRule> rules;
    private final List<String> names;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final List<RuleFile> files;

    private DroolsRules(KieBase base, List<DeclaredRule> rules, List<RuleText> texts) {
        this.base = base;
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

    /** The reference rules packaged in this jar (a copy of the module's {@code reference/} folder). */
    public static synchronized DroolsRules packagedReference() {
        if (packaged == null) {
            packaged = build(RuleSources.packaged(DroolsRules.class.getClassLoader()));
        }
        return packaged;
    }

    private static DroolsRules build(List<RuleText> texts) {
        KieBase base = RuleCompiler.compile(texts, DroolsRules.class.getClassLoader(), FACT_TYPES);
        return new DroolsRules(base, RuleDeclarations.of(texts), texts);
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

    @Override
    public ResponseSession open(Scenario scenario, List<PathState> paths) {
        return new DroolsSession(base.newKieSession(), rules, indexByName, scenario, paths);
    }
}
