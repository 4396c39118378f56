package io.gramkit.interpreter;

/**
 * Test access to a path's end-of-day values, which only the simulator writes: lets rule tests
 * move one {@link PathState} through several days inside one session, as a run does.
 */
public final class PathStateAccess {
    private PathStateAccess() {
    }

    public static void closeDay(PathState state, int day, double discount, double coverage) {
        state.day = day;
        state.discount = discount;
        state.coverage = coverage;
    }
}
