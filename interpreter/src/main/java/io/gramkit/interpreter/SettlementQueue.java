package io.gramkit.interpreter;

import java.util.Arrays;

/**
 * One path's settlement queue: grams owed to redeemers, one entry per serving day, paid first in
 * first out. A growable ring of primitive arrays: a path whose payments keep up holds about k
 * entries.
 */
final class SettlementQueue {
    private int[] servedDay = new int[4];
    private double[] owed = new double[4];
    private int head;
    private int size;
    private double grams;

    /** Grams owed in total. */
    double grams() {
        return grams;
    }

    int size() {
        return size;
    }

    /** Days the oldest entry has waited on {@code today} (0 when empty). */
    int waitDays(int today) {
        return size == 0 ? 0 : today - servedDay[head];
    }

    void add(int day, double amount) {
        if (size == owed.length) {
            int[] days = new int[size * 2];
            double[] amounts = new double[size * 2];
            for (int i = 0; i < size; i++) {
                days[i] = servedDay[(head + i) % owed.length];
                amounts[i] = owed[(head + i) % owed.length];
            }
            servedDay = days;
            owed = amounts;
            head = 0;
        }
        int slot = (head + size) % owed.length;
        servedDay[slot] = day;
        owed[slot] = amount;
        size++;
        grams = grams + amount;
    }

    /**
     * Pays, first in first out, the entries served on or before {@code lastServedDay}, up to
     * {@code available} grams in all; returns the grams paid.
     */
    double pay(int lastServedDay, double available) {
        double paid = 0.0;
        while (size > 0 && servedDay[head] <= lastServedDay) {
            double take = Math.min(owed[head], available - paid);
            if (!(take > 0)) {
                break;
            }
            paid = paid + take;
            owed[head] = owed[head] - take;
            if (owed[head] > 0) {
                break;
            }
            head = (head + 1) % owed.length;
            size--;
        }
        grams = size == 0 ? 0.0 : grams - paid;
        return paid;
    }

    void clear() {
        Arrays.fill(owed, 0.0);
        head = 0;
        size = 0;
        grams = 0.0;
    }
}
