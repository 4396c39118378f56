#!/usr/bin/env python3
"""The reference model (docs/model.md) as vectorised numpy array code: no rule engine, all paths
advanced together one day at a time, rules r1-r3 as array masks. A speed yardstick for the kit
(bin/benchmark runs it side by side), not a second implementation to trust: tools/reference_port.py
is the independent port the tests compare with.

    python3 tools/reference_numpy.py --bench PATHS [DAYS] [SEED]   # GBM gold with the reference shock
    python3 tools/reference_numpy.py prices.csv > paths.csv       # replay given prices (as reference_port.py)

--bench prints one line: paths, days, seconds of the simulation and path-steps per second. Gold is
drawn by numpy (GBM at 18% volatility, no drift, the 13% drop over days 10 and 11 of
reference-v1.gram), so its prices differ from the kit's random streams; the work per path-day is
the same. The replay mode keeps the port's operation order, so its paths.csv equals the port's.
"""
import sys
import time

import numpy as np

sys.path.insert(0, __import__("os").path.dirname(__file__))
from reference_port import COLUMNS, REFERENCE, read_prices  # noqa: E402


def simulate(prices_by_day, p):
    """prices_by_day(t) gives day t's gold price of every path; returns the paths.csv columns."""
    G = prices_by_day(0)
    n = G.shape[0]
    S = np.full(n, p["supply"])
    R = np.full(n, p["reserves"])
    C = np.full(n, p["cash"])
    d = np.zeros(n)
    f = np.full(n, p["fee_base"])
    coverage = (R * G + C) / (S * G)
    mint_on = coverage >= p["coverage_min"]
    M = G.copy()
    redeemed = np.zeros(n)
    unmet = np.zeros(n)
    minted = np.zeros(n)
    max_d = np.zeros(n)
    fee_days = np.zeros(n, dtype=np.int64)
    halted_days = np.zeros(n, dtype=np.int64)
    t = 1
    while True:
        G_next = prices_by_day(t)
        if G_next is None:
            break
        e = G_next / G
        G = G_next
        drop = np.maximum(0.0, 1.0 - e)
        phi = np.minimum(1.0, (p["redeem_base"] + p["k_discount"] * np.maximum(0.0, d - f)) + p["k_panic"] * drop)
        q = phi * S
        L = p["redeem_cap"] * S
        K = (R + C / G) / (1.0 - f)
        x = np.minimum(q, np.minimum(L, K))
        u = q - x
        pay = x * (1.0 - f)
        g = np.minimum(pay, R)
        c = (pay - g) * G
        m = np.where(mint_on & (d <= 0.0), p["mint_rate"] * S, 0.0)
        S_prev = S
        S = (S - x) + m
        R = (R - g) + p["mint_gold_share"] * m
        C = (C - c) + ((1.0 - p["mint_gold_share"]) * m) * G
        d = (p["kappa"] * u) / S_prev
        M = G * (1.0 - d)
        coverage = (R * G + C) / (S * G)
        # rules r1-r3 on the end-of-day state
        mint_on = coverage >= p["coverage_min"]
        f = np.where(d > p["disc_high"], p["fee_high"], np.where(d < p["disc_low"], p["fee_base"], f))
        redeemed += x
        unmet += u
        minted += m
        np.maximum(max_d, d, out=max_d)
        fee_days += f > p["fee_base"]
        halted_days += ~mint_on
        t += 1
    return [G, S, R, C, M, d, f, mint_on.astype(np.int64), coverage, redeemed, unmet, minted, max_d,
            fee_days, halted_days]


def gbm_prices(paths, days, seed, spot=75.0, vol=0.18, drop=0.13, drop_day=10, drop_days=2):
    """Day t's prices for t = 0..days, drawn a day at a time (memory grows with paths only)."""
    rng = np.random.default_rng(seed)
    sigma = vol / np.sqrt(365.0)
    shock = (1.0 - drop) ** (1.0 / drop_days)
    state = {"price": np.full(paths, spot)}

    def day(t):
        if t > days:
            return None
        if t > 0:
            step = np.exp(sigma * rng.standard_normal(paths) - 0.5 * sigma * sigma)
            if drop_day <= t < drop_day + drop_days:
                step *= shock
            state["price"] = state["price"] * step
        return state["price"]

    return day


def bench(paths, days, seed):
    started = time.perf_counter()
    columns = simulate(gbm_prices(paths, days, seed), REFERENCE)
    seconds = time.perf_counter() - started
    above = float(np.mean(columns[12] > 0.10))
    print(f"numpy paths={paths} days={days} seconds={seconds:.3f} "
          f"path_steps_per_s={paths * days / seconds:.0f} max_discount_above_10pct={above:.4f}")


def replay(path):
    prices = np.array(read_prices(path))
    columns = simulate(lambda t: prices[:, t] if t < prices.shape[1] else None, REFERENCE)
    print(",".join(COLUMNS))
    for number in range(prices.shape[0]):
        row = [str(number)]
        for index, column in enumerate(columns):
            value = column[number]
            row.append(str(int(value)) if index in (7, 13, 14) else repr(float(value)))
        print(",".join(row))


def main(argv):
    if len(argv) >= 3 and argv[1] == "--bench":
        bench(int(argv[2]), int(argv[3]) if len(argv) > 3 else 365, int(argv[4]) if len(argv) > 4 else 20260101)
        return 0
    if len(argv) == 2 and not argv[1].startswith("-"):
        replay(argv[1])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
