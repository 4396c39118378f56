package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import java.nio.file.Path;

/** A governance rule file or folder a scenario names, resolved against the scenario's folder. */
public record RuleSource(SourceSpan span, Path path) {

    public RuleSource {
        Check.present("span", span);
        Check.present("path", path);
    }
}
