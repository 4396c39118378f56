package io.gramkit.dsl.ast;

/** What may stand inside a {@code policy ... { ... }} block: levels and responses. */
public sealed interface PolicyStatement extends Node permits Setting, Response, HaltWhen, CashBand, BreakerPause {}
