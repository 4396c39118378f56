package io.gramkit.interpreter.debt;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.util.List;
import java.util.Optional;

/** Debt blocks built in code for the debt step's tests. */
public final class DebtSystems {
    public static final SourceSpan SPAN = SourceSpan.of(new SourceFile("test-debt", ""));

    private DebtSystems() {}

    public static VaultGroup vaults(long count, double ratio, double debtEach) {
        return new VaultGroup(SPAN, count, ratio, debtEach);
    }

    /** Gold oracle, no lag; liquidation ratio 125%, penalty 13%, ceiling 10 M, no dust. */
    public static DebtSystem system(List<VaultGroup> groups, double fee, Optional<AuctionDepth> depth, double surplus) {
        return new DebtSystem(
                SPAN,
                "DAI",
                groups,
                fee,
                1.25,
                0.13,
                10_000_000.0,
                0.0,
                new Oracle(SPAN, Oracle.Source.GOLD, 0.0),
                depth,
                surplus);
    }

    public static Optional<AuctionDepth> depth(double tokensPerPercent) {
        return Optional.of(new AuctionDepth(SPAN, tokensPerPercent));
    }

    /** Opens the book at {@code prices[0]} and runs days 1.. at the others (gold = market price). */
    public static DebtBook run(DebtSystem system, double... prices) {
        DebtBook book = DebtStep.open(system, prices[0], prices[0]);
        for (int day = 1; day < prices.length; day++) {
            DebtStep.advance(book, day, prices[day], prices[day]);
            DebtStep.close(book);
        }
        return book;
    }
}
