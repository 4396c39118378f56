package io.gramkit.notebook;

import io.gramkit.testing.RepositoryRoot;
import java.nio.file.Path;

/** The repository root for this module's tests; see {@link RepositoryRoot}. */
public final class Repository {
    private Repository() {}

    public static Path root() {
        return RepositoryRoot.root();
    }

    public static String reference() {
        return root().resolve("scenario-library/reference-v1.gram").toString();
    }
}
