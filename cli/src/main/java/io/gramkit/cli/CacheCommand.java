package io.gramkit.cli;

import io.gramkit.rules.CompiledRulesCache;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gram cache}: where the compiled-rules cache lives and what it holds; {@code clear} empties it. */
@Command(
        name = "cache",
        mixinStandardHelpOptions = true,
        description = "Shows the compiled-rules cache (location, entries, size): rule sets compiled before, kept so"
                + " that runs of unchanged rules skip the compiler. GRAM_RULES_CACHE=DIR moves it, =off turns it off.",
        subcommands = {CacheCommand.Clear.class})
final class CacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompiledRulesCache cache = CompiledRulesCache.current();
        var out = spec.commandLine().getOut();
        if (cache.isOff()) {
            out.println("location: off (" + CompiledRulesCache.ENVIRONMENT + "=off)");
            return ExitCode.OK;
        }
        out.println("location: " + cache.folder().orElseThrow());
        out.println("entries: " + cache.entries().size());
        out.println("size: " + cache.size() + " bytes");
        return ExitCode.OK;
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Removes every compiled-rules cache entry.")
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            CompiledRulesCache cache = CompiledRulesCache.current();
            if (cache.isOff()) {
                spec.commandLine().getOut().println("the compiled-rules cache is off; nothing to clear");
                return ExitCode.OK;
            }
            int removed = cache.clear();
            spec.commandLine()
                    .getOut()
                    .println("removed " + removed + (removed == 1 ? " entry" : " entries") + " from "
                            + cache.folder().orElseThrow());
            return ExitCode.OK;
        }
    }
}
