package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;

/**
 * Compiles rule texts into a Drools knowledge base at run time (KieFileSystem + KieBuilder), so
 * governance edits a file and reruns without rebuilding the kit. Rules compiled before (same texts,
 * same kit, Drools and JDK) come from the {@link CompiledRulesCache} instead, and the base is built
 * only when a session is first opened: {@code gram check} of unchanged rules compiles nothing.
 */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {}

    /**
     * The base of the texts, built on first use; the texts compiled without errors when this returns.
     *
     * @throws io.gramkit.diagnostic.InputException for any DRL that does not compile
     */
    static Supplier<KieBase> compile(
            List<RuleText> texts, ClassLoader loader, List<Class<?>> factTypes, CompiledRulesCache cache) {
        if (cache.isOff()) {
            KieBase base = compile(texts, loader, factTypes);
            return () -> base;
        }
        String key = cache.key(texts, factTypes);
        if (!cache.contains(key)) {
            // A miss compiles now (for the diagnostics) and stores the packages for the next run.
            KieBase base = compile(texts, loader, factTypes);
            cache.write(key, base.getKiePackages());
            return () -> base;
        }
        // Only a compile without errors is stored, so an entry means the texts compile.
        return new Supplier<>() {
            private KieBase base;

            @Override
            public synchronized KieBase get() {
                if (base == null) {
                    base = cache.read(key, loader)
                            .map(packages -> fromPackages(packages, loader))
                            .orElse(null);
                }
                if (base == null) {
                    // A corrupt or vanished entry is a miss: compile and write it again.
                    base = compile(texts, loader, factTypes);
                    cache.write(key, base.getKiePackages());
                }
                return base;
            }
        };
    }

    /** A base of packages compiled before, configured as a KieContainer's default base. */
    private static KieBase fromPackages(List<KiePackage> packages, ClassLoader loader) {
        try {
            InternalKnowledgeBase base =
                    KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
            base.addPackages(packages);
            return base;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    static KieBase compile(List<RuleText> texts, ClassLoader loader, List<Class<?>> factTypes) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // Each build is its own module: builds in one JVM (tests, notebooks) never see each other.
        ReleaseId release = services.newReleaseId("io.gramkit.rules", "governance-" + BUILDS.incrementAndGet(), "1");
        files.generateAndWritePomXML(release);
        Map<String, RuleText> byPath = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            // A numbered folder per file keeps two files of one name (from two folders) apart.
            RuleText text = texts.get(i);
            // Every form reaches Drools as DRL (a .dslr expanded, a decision table generated), so
            // Drools never picks a reader by a file's name and never skips one.
            String path = "rules/" + i + "/" + fileName(text.name()) + (text.isDrl() ? "" : ".drl");
            byPath.put(path, text);
            files.write(RESOURCES + path, text.drl().text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = services.newKieBuilder(files, loader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        rejectBrokenPackaging(errors);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(new DroolsMessages(byPath, loader, factTypes).translate(errors));
        diagnostics.throwIfErrors();
        try {
            return services.newKieContainer(release).getKieBase();
        } finally {
            // The base outlives its module; the repository would otherwise keep every build.
            services.getRepository().removeKieModule(release);
        }
    }

    /**
     * A single jar that kept only one copy of Drools' {@code META-INF/services} files runs with
     * static wiring, which cannot compile rules: every rule then fails with errors that are not
     * the rule writer's. That is a packaging fault, not bad input.
     */
    private static void rejectBrokenPackaging(List<Message> errors) {
        for (Message error : errors) {
            if (error.getText().contains("drools-wiring-static does not support")) {
                throw new IllegalStateException("Drools runs with static wiring and cannot compile rules: the jar lost"
                        + " META-INF/services/org.drools.wiring.api.ComponentsSupplier of drools-wiring-dynamic"
                        + " (merge META-INF/services when shading, e.g. with ServicesResourceTransformer)");
            }
        }
    }

    /** The last part of a name; it ends in ".drl", which is how Drools knows the file is DRL. */
    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
