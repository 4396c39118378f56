package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionGlobalsTest {
    @Test
    void resolvesByEqualNamesNotOnlyTheSameString() {
        SessionGlobals globals = new SessionGlobals();
        globals.setGlobal("gramLevelsMintingLevels", 1);
        globals.setGlobal("gramLevelsRedemptionLevels", 2);

        assertThat(globals.resolveGlobal(new String("gramLevelsRedemptionLevels")))
                .isEqualTo(2);
        assertThat(globals.resolveGlobal("gramLevelsMintingLevels")).isEqualTo(1);
        assertThat(globals.resolveGlobal("unknown")).isNull();
    }

    @Test
    void setReplacesRemoveAndClearForget() {
        SessionGlobals globals = new SessionGlobals();
        globals.setGlobal("a", 1);
        globals.setGlobal("b", 2);
        globals.setGlobal("c", 3);
        globals.setGlobal(new String("a"), 10);

        globals.removeGlobal("b");

        assertThat(globals.resolveGlobal("a")).isEqualTo(10);
        assertThat(globals.resolveGlobal("b")).isNull();
        assertThat(globals.resolveGlobal("c")).isEqualTo(3);
        globals.clear();
        assertThat(globals.resolveGlobal("a")).isNull();
        assertThat(globals.resolveGlobal("c")).isNull();
    }

    /** A name asked before is remembered by reference; a removal moves slots, so that is forgotten. */
    @Test
    void aNameAskedAgainAfterARemovalStillFindsItsValue() {
        SessionGlobals globals = new SessionGlobals();
        globals.setGlobal("a", 1);
        globals.setGlobal("b", 2);
        globals.setGlobal("c", 3);
        String askedC = new String("c");
        assertThat(globals.resolveGlobal(askedC)).isEqualTo(3);

        globals.removeGlobal("a");
        globals.setGlobal("c", 30);

        assertThat(globals.resolveGlobal(askedC)).isEqualTo(30);
        assertThat(globals.resolveGlobal(askedC)).isEqualTo(30);
        globals.clear();
        assertThat(globals.resolveGlobal(askedC)).isNull();
    }

    @Test
    void namesWithOneHashCodeStayApart() {
        SessionGlobals globals = new SessionGlobals();
        globals.setGlobal("Aa", 1);
        globals.setGlobal("BB", 2);

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(globals.resolveGlobal("Aa")).isEqualTo(1);
        assertThat(globals.resolveGlobal("BB")).isEqualTo(2);
    }
}
