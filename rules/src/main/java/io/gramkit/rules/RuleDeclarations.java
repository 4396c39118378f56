package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Lists the rules of files that compiled, in the documented order: file order, then declaration
 * order in each file. The knowledge base keeps neither order nor line numbers, so the files are
 * parsed once more here (cheap next to compiling them).
 */
final class RuleDeclarations {
    private RuleDeclarations() {}

    /** The rules in order; two rules with one name are an error even in different packages. */
    static List<DeclaredRule> of(List<RuleText> texts) {
        List<DeclaredRule> rules = new ArrayList<>();
        Map<String, DeclaredRule> byName = new HashMap<>();
        Diagnostics diagnostics = new Diagnostics();
        for (RuleText text : texts) {
            for (RuleDescr descr : parse(text).getRules()) {
                if (descr instanceof QueryDescr) {
                    continue;
                }
                SourceSpan span = text.declaration(descr.getLine(), descr.getColumn() + 1, descr.getName());
                DeclaredRule rule = new DeclaredRule(descr.getNamespace(), descr.getName(), span);
                DeclaredRule earlier = byName.putIfAbsent(rule.name(), rule);
                if (earlier != null) {
                    diagnostics.error(
                            RuleCode.DUPLICATE_RULE,
                            span,
                            "rule name '" + rule.name() + "' is already used at "
                                    + earlier.span().location());
                }
                rules.add(rule);
            }
        }
        if (rules.isEmpty() && !texts.isEmpty()) {
            diagnostics.error(
                    RuleCode.NO_RULES, SourceSpan.of(texts.get(0).source()), "the rule files declare no rules");
        }
        diagnostics.throwIfErrors();
        return List.copyOf(rules);
    }

    /** The package a compiled rule file declares (it compiled, so it parses). */
    static PackageDescr parse(RuleText text) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, text.drl().text());
            if (descr == null || parser.hasErrors()) {
                throw new IllegalStateException("a compiled rule file no longer parses: " + parser.getErrors());
            }
            return descr;
        } catch (DroolsParserException e) {
            throw new IllegalStateException("a compiled rule file no longer parses: " + text.name(), e);
        }
    }
}
