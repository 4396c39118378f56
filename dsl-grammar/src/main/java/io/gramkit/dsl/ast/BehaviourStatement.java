package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** What may stand inside {@code behaviour { ... }}. */
public sealed interface BehaviourStatement extends Node
        permits Setting, BehaviourStatement.Redemption, BehaviourStatement.Minting {

    /** {@code redemption base <percent> per day, discount sensitivity <n>, panic sensitivity <n>}. */
    record Redemption(SourceSpan span, List<Setting> clauses) implements BehaviourStatement {
        public Redemption {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code minting <percent> per day at or above peg, keeping <percent> as gold}. */
    record Minting(SourceSpan span, List<Setting> clauses) implements BehaviourStatement {
        public Minting {
            clauses = List.copyOf(clauses);
        }
    }
}
