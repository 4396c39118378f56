package io.gramkit.dsl.ast;

/** The kinds of statement an {@code import ... from} can pick. */
public enum ImportKind {
    GOLD("gold"),
    TOKEN("token"),
    BEHAVIOUR("behaviour"),
    POLICY("policy"),
    REPORT("report"),
    RULES("rules");

    private final String word;

    ImportKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
