package io.gramkit.interpreter.gold;

/**
 * One path's gold price, advanced a day at a time. After {@link #advance(int)}, {@link #price()}
 * is today's G and {@link #factor()} today's e = G / G_{t-1}.
 */
public interface GoldPath {

    /** The day-0 price, USD per gram. */
    double spot();

    /** Moves to {@code day} (1, 2, ... in order). */
    void advance(int day);

    double price();

    double factor();
}
