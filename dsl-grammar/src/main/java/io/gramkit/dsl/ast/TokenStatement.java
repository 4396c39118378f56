package io.gramkit.dsl.ast;

/** What may stand inside {@code token { ... }}. */
public sealed interface TokenStatement extends Node permits Setting, Reserves, TrackFeeRevenue, Shortfall {}
