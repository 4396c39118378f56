package io.gramkit.dsl.ast;

/** Which way a price move goes. */
public enum Direction {
    DROP,
    RISE
}
