package io.gramkit.server.auth;

/** What a request asks to do; each role grants some of these. */
public enum Permission {
    /** See runs, their files and the libraries. */
    READ,
    /** Check scenarios, submit and cancel runs. */
    RUN,
    /** Work on rule sets: runs with uploaded rule files (and, later, rule-set routes and rules diffs). */
    GOVERN
}
