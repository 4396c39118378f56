package io.gramkit.interpreter.gold;

import io.gramkit.model.Shock;
import java.util.List;

/** The log-return each day's shocks add, summed in the order the scenario lists them. */
final class ShockSchedule {
    private ShockSchedule() {
    }

    static double[] logReturns(List<Shock> shocks, int horizonDays) {
        double[] perDay = new double[horizonDays + 1];
        for (Shock shock : shocks) {
            if (shock instanceof Shock.Move move) {
                for (int day = move.firstDay(); day <= Math.min(move.lastDay(), horizonDays); day++) {
                    perDay[day] += move.logReturnOn(day);
                }
            }
        }
        return perDay;
    }
}
