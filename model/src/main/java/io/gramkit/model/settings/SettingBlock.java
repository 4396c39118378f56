package io.gramkit.model.settings;

/** Where a setting is written: the scenario itself or one of its blocks. */
public enum SettingBlock {
    SCENARIO("scenario"),
    GOLD("gold"),
    TOKEN("token"),
    BEHAVIOUR("behaviour"),
    REDEMPTION("policy redemption"),
    MINTING("policy minting"),
    CIRCUIT_BREAKER("policy circuit breaker"),
    COLLATERAL("policy collateral"),
    PEG_DEFENCE("policy peg defence"),
    REBALANCING("policy rebalancing"),
    MARKET("market"),
    DEBT("debt");

    private final String header;

    SettingBlock(String header) {
        this.header = header;
    }

    /** The words that open the block ({@code policy peg defence}); {@code scenario} for the top level. */
    public String header() {
        return header;
    }

    /** {@code the token block}, {@code the scenario}: how messages name it. */
    public String described() {
        return this == SCENARIO ? "the scenario" : "the " + header + " block";
    }
}
