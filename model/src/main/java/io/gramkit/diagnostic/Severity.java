package io.gramkit.diagnostic;

/** How serious a diagnostic is; errors stop the pass chain, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
