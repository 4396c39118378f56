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

    /** The lever's name in the audit trail's files: {@code fee}, {@code minting}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The lever's value in force on {@code day}, as a decision would write it (minting: 1 or 0). */
    double current(TokenDay day) {
        return switch (this) {
            case FEE -> day.getFee();
            case MINTING -> day.isMintingEnabled() ? 1 : 0;
        };
    }
}
