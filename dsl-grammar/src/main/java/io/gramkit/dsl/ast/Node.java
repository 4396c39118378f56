package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/**
 * A node of the syntax tree of a {@code .gram} file: close to what was written, before any unit
 * is checked or converted. Every node knows where it came from.
 */
public sealed interface Node
        permits ScenarioNode,
                Text,
                NumberLiteral,
                DateLiteral,
                UnitLiteral,
                Quantity,
                ScenarioStatement,
                GoldStatement,
                TokenStatement,
                BehaviourStatement,
                PolicyStatement,
                ReserveAsset,
                ShockEffect,
                ReportStatement,
                ConditionNode,
                ExpressionNode,
                ActionNode,
                DebtStatement,
                MarketStatement {

    SourceSpan span();
}
