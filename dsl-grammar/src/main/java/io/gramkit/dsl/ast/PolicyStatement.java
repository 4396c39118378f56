package io.gramkit.dsl.ast;

/** What may stand inside a {@code policy ... { ... }} block: levels now, responses later. */
public sealed interface PolicyStatement extends Node permits Setting {
}
