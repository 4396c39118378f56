package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks policy levels against each other. A level the file leaves out has its default value;
 * a problem is reported at the later of the two written settings, naming the other.
 */
final class Levels {
    private final Diagnostics diagnostics;

    Levels(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The fee is restored below the calm discount and raised above the wide one, so calm must
     * be below wide; otherwise the two fee rules contradict each other.
     *
     * @return whether the levels are in order (an error was reported if not)
     */
    boolean ordered(Optional<Setting> calmSetting, double calm, Optional<Setting> wideSetting, double wide) {
        if (calm < wide) {
            return true;
        }
        if (isLater(calmSetting, wideSetting)) {
            diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                    calmSetting.orElseThrow().value().span(),
                    "calm discount " + shown(calmSetting.orElseThrow()) + " must be below the wide discount "
                            + other(wideSetting, wide)));
        } else {
            diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                    wideSetting.orElseThrow().value().span(),
                    "wide discount " + shown(wideSetting.orElseThrow()) + " must be above the calm discount "
                            + other(calmSetting, calm)));
        }
        return false;
    }

    /** A raised fee at or below the fee makes the fee-raising rule pointless: a warning. */
    void warnIfNotAbove(Optional<Setting> raisedSetting, double raised, Optional<Setting> feeSetting, double fee) {
        if (raised > fee) {
            return;
        }
        String consequence = "; raising the fee on a wide discount would not raise it";
        if (isLater(raisedSetting, feeSetting)) {
            diagnostics.report(GramCode.FEE_NEVER_RAISED.at(
                    raisedSetting.orElseThrow().value().span(),
                    "raised fee " + shown(raisedSetting.orElseThrow()) + " is not above the fee "
                            + other(feeSetting, fee) + consequence));
        } else {
            diagnostics.report(GramCode.FEE_NEVER_RAISED.at(
                    feeSetting.orElseThrow().value().span(),
                    "fee " + shown(feeSetting.orElseThrow()) + " is not below the raised fee "
                            + other(raisedSetting, raised) + consequence));
        }
    }

    /** Whether {@code a} is written and comes after {@code b} (or {@code b} is not written). */
    private static boolean isLater(Optional<Setting> a, Optional<Setting> b) {
        if (a.isEmpty()) {
            return false;
        }
        if (b.isEmpty()) {
            return true;
        }
        int byLine = Integer.compare(a.get().span().line(), b.get().span().line());
        return byLine != 0
                ? byLine > 0
                : a.get().span().column() > b.get().span().column();
    }

    private static String shown(Setting setting) {
        return Quote.of(Quantities.written(setting.value().span()));
    }

    /** {@code '1%' on line 30}, or {@code of 1% (the default)} when the file leaves it out. */
    private static String other(Optional<Setting> setting, double value) {
        return setting.map(s -> shown(s) + " on line " + s.span().line())
                .orElseGet(() -> "of "
                        + new BigDecimal(Double.toString(value))
                                .movePointRight(2)
                                .stripTrailingZeros()
                                .toPlainString() + "% (the default)");
    }
}
