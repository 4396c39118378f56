package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.interpreter.ResponseSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily update keeps the meaning of a plain {@code update(handle, fact)}: every pattern on the
 * day's fact is evaluated again, whatever its constraints read, including none.
 */
class EveryPropertyUpdateTest {
    private static final int DAYS = 4;

    @TempDir
    Path folder;

    @Test
    void aRuleWithNoConstraintsFiresOnEveryPathEveryDay() {
        assertFiresOnEveryPathEveryDay("""
                rule "Keep minting open"
                when
                    $token : TokenDay()
                then
                    $token.resumeMinting();
                end
                """);
    }

    @Test
    void aRuleOnlyOnThePolicyLevelsAndAJoinFiresEveryDayToo() {
        assertFiresOnEveryPathEveryDay("""
                rule "Keep minting open while a minting policy exists"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( this != null )
                then
                    $token.resumeMinting();
                end
                """);
    }

    /**
     * An activation group fires one match a day in the whole session (the first cancels the rest)
     * and, the next day, only for facts updated since: every update must renew the fact's recency.
     */
    @Test
    void anActivationGroupFiresOnceEveryDay() {
        drl(folder, "group.drl", """
                rule "Keep minting open"
                activation-group "minting"
                when
                    $token : TokenDay()
                then
                    $token.resumeMinting();
                end

                rule "Keep minting open, said twice"
                activation-group "minting"
                when
                    $token : TokenDay()
                then
                    $token.resumeMinting();
                end
                """);

        long[] firings = firingsOver(DAYS, DroolsRules.load(List.of(folder)));

        assertThat(firings[0] + firings[1]).isEqualTo(DAYS);
    }

    @Test
    void aConstraintOnOnePropertySeesItChangeBetweenDays() {
        drl(folder, "wide.drl", """
                rule "Halt minting on a wide discount"
                when
                    $token : TokenDay( mintingEnabled, discount > 0.2 )
                then
                    $token.haltMinting();
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        List<PathState> paths = paths();

        try (ResponseSession session = rules.open(TestScenarios.reference(), paths)) {
            long[] changes = new long[1];
            session.respond(1, changes);
            assertThat(paths).extracting(PathState::mintingEnabled).containsOnly(true);

            PathStateAccess.closeDay(paths.get(1), 2, 0.3, 1.0);
            session.respond(2, changes);

            assertThat(paths).extracting(PathState::mintingEnabled).containsExactly(true, false, true);
            assertThat(((DroolsSession) session).firings()).containsExactly(1L);
        }
    }

    /** The other tests hold the direct path to Drools' meaning only if the kit's sessions take it. */
    @Test
    void theKitsSessionsUpdateDirectly() {
        drl(folder, "rule.drl", """
                rule "Keep minting open"
                when
                    $token : TokenDay()
                then
                    $token.resumeMinting();
                end
                """);
        try (ResponseSession session = DroolsRules.load(List.of(folder)).open(TestScenarios.reference(), paths())) {
            assertThat(((DroolsSession) session).updatesDirectly()).isTrue();
        }
    }

    private void assertFiresOnEveryPathEveryDay(String rule) {
        drl(folder, "rule.drl", rule);

        assertThat(firingsOver(DAYS, DroolsRules.load(List.of(folder)))).containsExactly(3L * DAYS);
    }

    private static long[] firingsOver(int days, DroolsRules rules) {
        try (ResponseSession session = rules.open(TestScenarios.reference(), paths())) {
            for (int day = 1; day <= days; day++) {
                session.respond(day, new long[2]);
            }
            return ((DroolsSession) session).firings();
        }
    }

    private static List<PathState> paths() {
        return List.of(
                PathState.endOfDay(0, 0, 0.0, 1.0, 0.0025, true),
                PathState.endOfDay(1, 0, 0.0, 1.0, 0.0025, true),
                PathState.endOfDay(2, 0, 0.0, 1.0, 0.0025, true));
    }
}
