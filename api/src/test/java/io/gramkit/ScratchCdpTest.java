package io.gramkit;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.debt.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchCdpTest {
    static final SourceSpan S = SourceSpan.of(new SourceFile("x", ""));

    @Test
    void figures() {
        List<VaultGroup> groups = new ArrayList<>();
        double[] ratios = {1.30, 1.40, 1.50, 1.65, 1.80, 2.00, 2.50, 3.50};
        double[] shares = {0.08, 0.12, 0.16, 0.18, 0.16, 0.12, 0.10, 0.08};
        for (int i = 0; i < ratios.length; i++) {
            groups.add(new VaultGroup(S, Math.round(shares[i] * 400), ratios[i], 10_000.0));
        }
        DebtSystem base = new DebtSystem(S, "DAI", groups, 0.04, 1.25, 0.13, 5_000_000.0, 100.0,
                new Oracle(S, Oracle.Source.MARKET, 1.0), Optional.of(new AuctionDepth(S, 500.0)), 100_000.0)
            .withHolders(new HolderAction(S, 1.45, 1.70, 0.2, HolderAction.Kind.ADD_COLLATERAL))
            .withBorrowing(new Borrowing(S, 0.001, 2.0));
        for (String file : List.of("scenario-library/reference-v1.gram")) {
            GramRun run = Gram.load(Repository.file(file)).withDebt(base).withPaths(2000).run();
            System.out.println(run.summaryText());
        }
    }
}
