package io.gramkit.cli;

import io.gramkit.rules.CompiledRulesCache;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** {@code --no-rules-cache}: compile the rules afresh, neither reading nor writing the cache. */
final class RulesCacheOption {
    @Option(
            names = "--no-rules-cache",
            description = "Compile the rules without the compiled-rules cache (see gram cache; GRAM_RULES_CACHE=off"
                    + " does the same for every command).")
    boolean off;

    /** Runs the command with the cache off when asked; the setting ends with the command. */
    <T> T around(Callable<T> command) throws Exception {
        if (!off) {
            return command.call();
        }
        String before = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, "off");
        try {
            return command.call();
        } finally {
            if (before == null) {
                System.clearProperty(CompiledRulesCache.PROPERTY);
            } else {
                System.setProperty(CompiledRulesCache.PROPERTY, before);
            }
        }
    }
}
