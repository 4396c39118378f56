package io.gramkit.dsl.ast;

/** What may stand inside {@code gold { ... }}. */
public sealed interface GoldStatement extends Node permits Setting, GoldModelNode, ShockStatement {}
