package io.gramkit.dsl.ast;

/** Which lever a policy block governs. */
public enum PolicyKind {
    REDEMPTION("redemption"),
    MINTING("minting");

    private final String word;

    PolicyKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
