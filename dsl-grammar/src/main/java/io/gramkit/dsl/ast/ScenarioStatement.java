package io.gramkit.dsl.ast;

/** What may stand directly inside {@code scenario { ... }}. */
public sealed interface ScenarioStatement extends Node
        permits Setting,
                Description,
                GoldBlock,
                TokenBlock,
                BehaviourBlock,
                PolicyBlock,
                RuleImport,
                StartDate,
                ReportBlock,
                Import,
                Sweep,
                DebtBlock,
                MarketBlock {}
