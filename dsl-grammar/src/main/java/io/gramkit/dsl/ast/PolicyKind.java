package io.gramkit.dsl.ast;

/** Which policy a block sets out; responses are named after it. */
public enum PolicyKind {
    REDEMPTION("redemption"),
    MINTING("minting"),
    CIRCUIT_BREAKER("circuit breaker"),
    COLLATERAL("collateral"),
    PEG_DEFENCE("peg defence"),
    REBALANCING("rebalancing");

    private final String word;

    PolicyKind(String word) {
        this.word = word;
    }

    /** The block of the settings catalogue this policy's settings are declared in. */
    public io.gramkit.model.settings.SettingBlock settingBlock() {
        return switch (this) {
            case REDEMPTION -> io.gramkit.model.settings.SettingBlock.REDEMPTION;
            case MINTING -> io.gramkit.model.settings.SettingBlock.MINTING;
            case CIRCUIT_BREAKER -> io.gramkit.model.settings.SettingBlock.CIRCUIT_BREAKER;
            case COLLATERAL -> io.gramkit.model.settings.SettingBlock.COLLATERAL;
            case PEG_DEFENCE -> io.gramkit.model.settings.SettingBlock.PEG_DEFENCE;
            case REBALANCING -> io.gramkit.model.settings.SettingBlock.REBALANCING;
        };
    }

    public String word() {
        return word;
    }

    /** How the names of this policy's compiled responses begin: {@code Redemption policy: }. */
    public String ruleNamePrefix() {
        return switch (this) {
            case REDEMPTION -> "Redemption policy: ";
            case MINTING -> "Minting policy: ";
            case CIRCUIT_BREAKER -> "Circuit breaker: ";
            // The grammar allows responses in these blocks no more than it does levels elsewhere.
            case COLLATERAL, PEG_DEFENCE, REBALANCING ->
                throw new IllegalStateException("no responses in policy " + word);
        };
    }
}
