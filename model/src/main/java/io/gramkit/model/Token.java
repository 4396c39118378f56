package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/** The token at day 0: supply in tokens (one token = one gram), reserves in grams and USD. */
public record Token(SourceSpan span, double supply, double goldGrams, double cashUsd) {

    public Token {
        Check.present("span", span);
        Check.positive("supply", supply);
        Check.nonNegative("gold reserves", goldGrams);
        Check.nonNegative("cash reserves", cashUsd);
        if (!(goldGrams + cashUsd > 0)) {
            throw new IllegalArgumentException("reserves must be positive");
        }
    }
}
