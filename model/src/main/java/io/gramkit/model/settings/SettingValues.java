package io.gramkit.model.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The values of the settings the grammar reads through the catalogue ({@link
 * SettingDeclaration.Syntax#DECLARED}), in model units, as the resolver checked them. A setting
 * the scenario leaves out has its declared default. Immutable.
 */
public final class SettingValues {
    public static final SettingValues NONE = new SettingValues(Map.of());

    private final Map<SettingDeclaration, Double> written;

    private SettingValues(Map<SettingDeclaration, Double> written) {
        this.written = Map.copyOf(written);
    }

    /** These values with {@code declaration} set to {@code value}, checked against its bounds. */
    public SettingValues with(SettingDeclaration declaration, double value) {
        Objects.requireNonNull(declaration, "declaration");
        if (!declaration.bounds().contains(value)) {
            throw new IllegalArgumentException(declaration.words() + " must be "
                    + declaration.bounds().describe(declaration.measure()) + ", got " + value);
        }
        Map<SettingDeclaration, Double> values = new LinkedHashMap<>(written);
        values.put(declaration, value);
        return new SettingValues(values);
    }

    /** The value the scenario wrote, if it wrote one. */
    public OptionalDouble written(SettingDeclaration declaration) {
        Double value = written.get(declaration);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Whether the scenario wrote the setting (an extension that is off by default is on). */
    public boolean has(SettingDeclaration declaration) {
        return written.containsKey(declaration);
    }

    /**
     * The value in force: the one written, else the declared reference value.
     *
     * @throws IllegalStateException for a setting that is off and was not written
     */
    public double value(SettingDeclaration declaration) {
        Double value = written.get(declaration);
        return value != null ? value : declaration.referenceValue();
    }

    public boolean isEmpty() {
        return written.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SettingValues values && values.written.equals(written);
    }

    @Override
    public int hashCode() {
        return written.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SettingValues{");
        written.forEach((d, v) -> text.append(d.block().header())
                .append(' ')
                .append(d.words())
                .append('=')
                .append(v)
                .append(';'));
        return text.append('}').toString();
    }
}
