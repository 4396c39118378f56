package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.model.Extensions;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.settings.RuleLevelsSource;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The level facts rule files read are the catalogue's rule levels, generated at build time: every
 * declared rule level is a getter of its fact, every fact is admitted by the service's sandbox, and
 * a negated level reads the model's value negated.
 */
class RuleLevelFactsTest {
    @Test
    void everyDeclaredRuleLevelIsAGetterOfAnAdmittedFact() throws ReflectiveOperationException {
        int levels = 0;
        for (SettingDeclaration declaration : Settings.ALL) {
            if (declaration.ruleLevel().isEmpty()) {
                continue;
            }
            String level = declaration.ruleLevel().get();
            String fact = level.substring(0, level.indexOf('.'));
            String property = level.substring(level.indexOf('.') + 1);
            Class<?> type = Class.forName("io.gramkit.rules." + fact);
            assertThat(DroolsRules.FACT_TYPES).as("FACT_TYPES admits %s", fact).contains(type);
            Method getter = type.getMethod("get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
            assertThat(getter.getReturnType()).isIn(double.class, int.class);
            levels++;
        }
        assertThat(levels).isGreaterThanOrEqualTo(30);
        assertThat(RuleLevelsSource.facts()).hasSize(11);
    }

    @Test
    void aNegatedLevelReadsAFallAsAMove() {
        CircuitBreakerLevels levels =
                CircuitBreakerLevels.of(new Extensions.CircuitBreakerLevels(TestScenarios.SPAN, 0.1, 5, 3));
        assertThat(levels.getTrippingMove()).isEqualTo(-0.1);
        assertThat(levels.getMoveDays()).isEqualTo(5);
        assertThat(levels.getPauseDays()).isEqualTo(3);
        LiquidationRatioLevels ratio =
                LiquidationRatioLevels.of(new DebtLevels.LiquidationRatio(TestScenarios.SPAN, 0.125, 3, 0.0625, 1.5));
        assertThat(ratio.getTrippingMove()).isEqualTo(-0.125);
        assertThat(ratio.getCalmMove()).isEqualTo(-0.0625);
        assertThat(ratio.getMoveDays()).isEqualTo(3);
        assertThat(ratio.getTightenedRatio()).isEqualTo(1.5);
    }
}
