package io.gramkit.dsl.ast;

/** {@code model ...}: the stochastic model of the gold price (one per scenario). */
public sealed interface GoldModelNode extends GoldStatement
        permits GbmModel, StudentTModel, JumpDiffusionModel, GarchModel, RegimeSwitchingModel, BootstrapModel {}
