package io.gramkit.dsl.ast;

/** {@code shock "<name>" ...}: a scheduled event in the gold market. */
public sealed interface ShockNode extends GoldStatement permits MoveShock {

    Text name();
}
