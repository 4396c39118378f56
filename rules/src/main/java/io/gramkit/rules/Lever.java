package io.gramkit.rules;

/** What a rule can decide for tomorrow. Values are doubles; minting is 1 (allowed) or 0 (halted). */
enum Lever {
    FEE("redemption fee"),
    MINTING("minting");

    private final String label;

    Lever(String label) {
        this.label = label;
    }

    /** How errors name the lever. */
    String label() {
        return label;
    }

    String describe(double value) {
        return switch (this) {
            case FEE -> Double.toString(value);
            case MINTING -> value != 0 ? "allowed" : "halted";
        };
    }
}
