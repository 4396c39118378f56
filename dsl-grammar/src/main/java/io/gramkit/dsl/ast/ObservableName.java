package io.gramkit.dsl.ast;

/** The words a condition uses for what the state shows. */
public enum ObservableName {
    DISCOUNT("discount"),
    COVERAGE("coverage"),
    FEE("fee"),
    CASH_SHARE("cash share"),
    GOLD_MOVE("gold move over"),
    GOLD("gold"),
    SUPPLY("supply");

    private final String words;

    ObservableName(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
