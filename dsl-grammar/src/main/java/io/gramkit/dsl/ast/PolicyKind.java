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

    public String word() {
        return word;
    }
}
