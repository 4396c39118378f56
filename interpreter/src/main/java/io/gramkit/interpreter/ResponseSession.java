package io.gramkit.interpreter;

/** One worker's rule session over a fixed set of paths; used by one thread at a time. */
public interface ResponseSession extends AutoCloseable {

    /**
     * Runs the rules once on the end-of-day state of every path of the session, sets the levers
     * for tomorrow on each {@link PathState}, and adds one to {@code changes[i]} for each path on
     * which rule {@code i} (index into {@link ResponseRules#ruleNames()}) changed a lever's value.
     *
     * @throws RuleConflictException when two rules set one lever to different values on a path
     */
    void respond(int day, long[] changes);

    @Override
    void close();
}
