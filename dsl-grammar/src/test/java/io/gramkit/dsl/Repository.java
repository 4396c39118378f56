package io.gramkit.dsl;

import io.gramkit.testing.RepositoryRoot;
import java.nio.file.Path;

/** The repository root for this module's tests; see {@link RepositoryRoot}. */
final class Repository {
    private Repository() {}

    static Path root() {
        return RepositoryRoot.root();
    }
}
