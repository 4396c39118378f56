package io.gramkit.notebook;

import java.util.Optional;

/**
 * Something a notebook cell shows richly. The Gram kernel sends every representation present
 * (HTML, PNG) with the plain text as fallback; kernels that know nothing of this interface show
 * {@code toString()}, so implementations return {@link #text()} from it.
 */
public interface Displayable {

    /** Plain text, for terminals, text exports and kernels that cannot show anything richer. */
    String text();

    /** An HTML fragment, when the value reads best as a table. */
    default Optional<String> html() {
        return Optional.empty();
    }

    /** A PNG image, when the value is a chart. */
    default Optional<byte[]> png() {
        return Optional.empty();
    }
}
