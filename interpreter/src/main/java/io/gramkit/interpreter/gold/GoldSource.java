package io.gramkit.interpreter.gold;

/**
 * Where a run's gold paths come from: a stochastic model with shocks, or given prices.
 * {@link #paths(int)} is called once, in path order, on the coordinating thread.
 */
public interface GoldSource {

    /**
     * Creates the gold paths 0 .. count-1 in path order; the i-th path's randomness depends only
     * on the seed and i, never on the thread that will step it.
     */
    GoldPath[] paths(int count);

    /**
     * The paths {@code from .. to-1} of a run of {@code count} paths, exactly as {@link #paths(int)}
     * creates them (for engines that run a range of paths on another machine).
     */
    default GoldPath[] paths(int count, int from, int to) {
        return java.util.Arrays.copyOfRange(paths(count), from, to);
    }

    /** The number of paths the source fixes (a file of given prices), or empty for a model. */
    java.util.OptionalInt fixedPathCount();

    /** How the paths are generated, for the run's output (generator, stream derivation, sampler). */
    String description();
}
