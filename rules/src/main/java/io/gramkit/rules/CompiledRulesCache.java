package io.gramkit.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rules kept on disk between runs: the serialized Drools packages of a rule set, so that a
 * run of unchanged rules skips the compiler (about a second of a short run). An entry's name is
 * its key: SHA-256 over every DRL text as Drools compiles it (after {@code .dslr} expansion,
 * decision-table generation and the scenario's policy lines) and what else shapes the compiled
 * result, the kit's build, Drools' version and the JDK ({@link Components}). Any edit changes the
 * key, so an entry is never stale, only unused.
 *
 * <p>Optional by design: a missing, read-only or corrupt cache only loses the speed-up (a corrupt
 * entry is a miss and is rewritten; a failed write warns once per process). Entries are written to
 * a temporary file and renamed into place, so concurrent runs never read half an entry.
 *
 * <p>Where: {@code GRAM_RULES_CACHE=DIR} (or {@code off}), else {@code $XDG_CACHE_HOME/gram/rules},
 * else {@code ~/.cache/gram/rules}; the system property {@code gram.rulesCache} wins over both
 * (tests point it under {@code target/}).
 */
public final class CompiledRulesCache {
    /** The system property that overrides the environment: a folder, or {@code off}. */
    public static final String PROPERTY = "gram.rulesCache";

    /** The environment variable that chooses the folder, or {@code off}. */
    public static final String ENVIRONMENT = "GRAM_RULES_CACHE";

    private static final String SUFFIX = ".kpkg";
    private static final byte[] MAGIC = "gram compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final CompiledRulesCache OFF = new CompiledRulesCache(null, Components.current());

    private final Path folder;
    private final Components components;

    /**
     * What besides the rule texts changes the compiled packages: the kit's build (the fact classes
     * and the helpers consequences call), Drools' version and the JDK.
     */
    public record Components(String kit, String drools, String jdk) {
        private static Components current;

        /** This process's components, worked out once. */
        public static synchronized Components current() {
            if (current == null) {
                current = new Components(
                        kitBuild(),
                        droolsVersion(),
                        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
            }
            return current;
        }
    }

    private CompiledRulesCache(Path folder, Components components) {
        this.folder = folder;
        this.components = components;
    }

    /** A cache in {@code folder}, keyed with {@code components}. */
    public static CompiledRulesCache at(Path folder, Components components) {
        return new CompiledRulesCache(folder, components);
    }

    /** No cache: every load compiles. */
    public static CompiledRulesCache off() {
        return OFF;
    }

    /** The cache this process uses: the property, the environment or the user's cache folder. */
    public static CompiledRulesCache current() {
        return location().map(folder -> at(folder, Components.current())).orElse(OFF);
    }

    /** The folder the cache lives in, empty when it is turned off. */
    public static Optional<Path> location() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(ENVIRONMENT);
        }
        if (chosen != null && !chosen.isBlank()) {
            return chosen.equals("off") ? Optional.empty() : Optional.of(Path.of(chosen));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("gram").resolve("rules"));
    }

    public boolean isOff() {
        return folder == null;
    }

    /** The key of a rule set: its DRL texts, in order and with the names Drools sees, and the components. */
    String key(List<RuleText> texts, List<Class<?>> factTypes) {
        List<String> parts = new ArrayList<>(List.of(
                new String(MAGIC, StandardCharsets.US_ASCII), components.kit(), components.drools(), components.jdk()));
        factTypes.forEach(type -> parts.add(type.getName()));
        for (RuleText text : texts) {
            parts.add(text.name());
            parts.add(Boolean.toString(text.isDrl()));
            parts.add(text.drl().text());
        }
        // Lengths first: no two lists of parts run together into the same bytes.
        StringBuilder joined = new StringBuilder();
        parts.forEach(
                part -> joined.append(part.length()).append(':').append(part).append('\0'));
        return RuleText.sha256(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an entry for the key exists (it was stored after a compile without errors). */
    boolean contains(String key) {
        return !isOff() && Files.isRegularFile(entry(key));
    }

    /** The packages stored under the key, empty when absent or unreadable (a corrupt entry is a miss). */
    @SuppressWarnings("unchecked")
    Optional<List<KiePackage>> read(String key, ClassLoader loader) {
        if (isOff()) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry(key)))) {
            byte[] header = in.readNBytes(MAGIC.length + 64);
            byte[] expected = (new String(MAGIC, StandardCharsets.US_ASCII) + key).getBytes(StandardCharsets.US_ASCII);
            if (!Arrays.equals(header, expected)) {
                return Optional.empty();
            }
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                return Optional.of(List.copyOf((List<KiePackage>) objects.readObject()));
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Stores the packages under the key; a failure only warns (once per process). */
    void write(String key, Collection<KiePackage> packages) {
        if (isOff()) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                out.write(MAGIC);
                out.write(key.getBytes(StandardCharsets.US_ASCII));
                DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out);
                objects.writeObject(new ArrayList<>(packages));
                objects.flush();
            }
            try {
                Files.move(temporary, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do: the cache only loses an entry
                }
            }
            if (WARNED.compareAndSet(false, true)) {
                System.err.println("gram: warning: cannot write the compiled-rules cache in " + folder + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); runs compile the rules each time (" + ENVIRONMENT + "=off silences this)");
            }
        }
    }

    /** The entries, as files in the cache folder (none when off or absent). */
    public List<Path> entries() {
        if (isOff() || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The bytes the entries take. */
    public long size() {
        long total = 0;
        for (Path entry : entries()) {
            try {
                total += Files.size(entry);
            } catch (IOException e) {
                // an entry removed meanwhile takes no room
            }
        }
        return total;
    }

    /**
     * Removes every entry (and temporary files left by an interrupted write); returns how many
     * entries were removed.
     *
     * @throws IOException when the folder cannot be changed
     */
    public int clear() throws IOException {
        if (isOff() || !Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX) || name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                    removed += name.endsWith(SUFFIX) ? 1 : 0;
                }
            }
        }
        return removed;
    }

    /** The folder, empty when off. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /**
     * The kit's build: the jar (or class folder) holding the rules module, by path, size and
     * modification time. Any rebuild changes it; hashing an 80 MB jar on every start would cost
     * more than the cache saves.
     */
    private static String kitBuild() {
        try {
            Path code = Path.of(CompiledRulesCache.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(code)) {
                return code + " " + newestClass(code);
            }
            BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
            return code + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown build: a fresh key each process, so the cache is never trusted blindly
            return "unknown " + System.nanoTime();
        }
    }

    private static String newestClass(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return Long.toString(files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().lastModified())
                    .max()
                    .orElse(0));
        }
    }

    private static String droolsVersion() {
        Properties properties = new Properties();
        try (InputStream in = KiePackage.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the package's own version below
        }
        String version = properties.getProperty("version");
        if (version == null) {
            version = String.valueOf(
                    org.drools.core.impl.RuleBaseFactory.class.getPackage().getImplementationVersion());
        }
        return version;
    }
}
