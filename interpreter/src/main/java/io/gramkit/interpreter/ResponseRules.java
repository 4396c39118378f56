package io.gramkit.interpreter;

import io.gramkit.model.Scenario;
import java.util.List;

/**
 * The collateral and peg responses that run on every path's end-of-day state and set what
 * applies tomorrow (the redemption fee, whether minting is allowed). The rule engine adapter
 * implements it with Drools; a plain-Java copy of the reference rules is a test oracle only.
 * Implementations are thread-safe: each worker thread opens its own session.
 */
public interface ResponseRules {

    /** The rules' names, in the order reports list them. */
    List<String> ruleNames();

    /** Where the rules came from (files and their content hashes), for the run's manifest. */
    List<RuleFile> files();

    /**
     * Opens a session over one worker's paths. The session reads each state's end-of-day values
     * and sets its fee and minting lever for tomorrow.
     */
    ResponseSession open(Scenario scenario, List<PathState> paths);

    /**
     * The same rules, keeping an audit trail: sessions opened by the returned rules record every
     * firing on the trail's sampled paths and count, on every path, the changes of each lever.
     * Results are unchanged.
     *
     * @throws UnsupportedOperationException when these rules cannot report their firings
     */
    default ResponseRules audited(AuditTrail trail) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no audit trail");
    }
}
