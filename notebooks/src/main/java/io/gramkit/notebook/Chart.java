package io.gramkit.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A chart rendered to PNG in the kernel, so it shows in an offline notebook and a saved file alike. */
public final class Chart implements Displayable {
    private final String description;
    private final byte[] png;

    Chart(String description, byte[] png) {
        this.description = Objects.requireNonNull(description, "description");
        this.png = png.clone();
    }

    /** Writes the PNG to {@code file} and returns its absolute path. */
    public Path save(String file) {
        Path target = Path.of(file).toAbsolutePath();
        try {
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** The chart in words: what it shows and its numbers at the horizon. */
    @Override
    public String text() {
        return description;
    }

    @Override
    public Optional<byte[]> png() {
        return Optional.of(png.clone());
    }

    @Override
    public String toString() {
        return text();
    }
}
