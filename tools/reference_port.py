#!/usr/bin/env python3
"""An independent port of the reference model (docs/model.md) in plain Python.

It replays given gold prices (the `gram run --gold-paths` file format: path,day,price in USD/g)
with the reference parameters and writes the per-path results in paths.csv's columns. Given the
same prices, the kit and this port must agree exactly: the step uses only +, -, *, /, min and max,
which IEEE-754 doubles compute identically in Java and Python when the operation order is kept.

    python3 tools/reference_port.py prices.csv > paths.csv
    python3 tools/reference_port.py --random-prices 200 365 7 > prices.csv   # seeded test prices
"""
import csv
import random
import sys

REFERENCE = dict(
    supply=1_000_000.0, reserves=950_000.0, cash=4_125_000.0,
    redeem_base=0.001, k_discount=5.0, k_panic=0.5, redeem_cap=0.02, kappa=0.5,
    mint_rate=0.003, mint_gold_share=0.95,
    fee_base=0.0025, fee_high=0.01, disc_high=0.01, disc_low=0.002, coverage_min=1.0,
)

COLUMNS = ["path", "gold_price", "supply", "reserves", "cash", "market_price", "discount", "fee",
           "mint_enabled", "coverage", "redeemed_total", "unmet_total", "minted_total", "max_discount",
           "days_fee_raised", "days_minting_halted"]


def run_path(prices, p):
    G = prices[0]
    S, R, C = p["supply"], p["reserves"], p["cash"]
    d, f = 0.0, p["fee_base"]
    coverage = (R * G + C) / (S * G)
    mint_on = coverage >= p["coverage_min"]
    M = G
    redeemed = unmet = minted = max_d = 0.0
    fee_days = halted_days = 0
    for t in range(1, len(prices)):
        G = prices[t]
        e = prices[t] / prices[t - 1]
        drop = max(0.0, 1.0 - e)
        phi = min(1.0, (p["redeem_base"] + p["k_discount"] * max(0.0, d - f)) + p["k_panic"] * drop)
        q = phi * S
        L = p["redeem_cap"] * S
        K = (R + C / G) / (1.0 - f)
        x = min(q, min(L, K))
        u = q - x
        pay = x * (1.0 - f)
        g = min(pay, R)
        c = (pay - g) * G
        m = p["mint_rate"] * S if (mint_on and d <= 0.0) else 0.0
        S_prev = S
        S = (S - x) + m
        R = (R - g) + p["mint_gold_share"] * m
        C = (C - c) + ((1.0 - p["mint_gold_share"]) * m) * G
        d = (p["kappa"] * u) / S_prev
        M = G * (1.0 - d)
        coverage = (R * G + C) / (S * G)
        # rules r1-r3 on the end-of-day state
        mint_on = coverage >= p["coverage_min"]
        if d > p["disc_high"]:
            f = p["fee_high"]
        elif d < p["disc_low"]:
            f = p["fee_base"]
        redeemed += x
        unmet += u
        minted += m
        max_d = max(max_d, d)
        fee_days += 1 if f > p["fee_base"] else 0
        halted_days += 0 if mint_on else 1
    return [G, S, R, C, M, d, f, 1 if mint_on else 0, coverage, redeemed, unmet, minted, max_d,
            fee_days, halted_days]


def read_prices(path):
    paths = {}
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            paths.setdefault(int(row["path"]), {})[int(row["day"])] = float(row["price"])
    return [[days[t] for t in range(len(days))] for _, days in sorted(paths.items())]


def random_prices(paths, horizon, seed):
    """Seeded daily log-normal steps at 40% volatility with occasional crashes and rallies."""
    rng = random.Random(seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["path", "day", "price"])
    for path in range(paths):
        price = 75.0
        for day in range(horizon + 1):
            if day > 0:
                price *= rng.lognormvariate(0.0, 0.4 / 365 ** 0.5)
                if rng.random() < 0.01:
                    price *= rng.choice([0.85, 0.9, 1.12])
            out.writerow([path, day, repr(price)])


def main(argv):
    if len(argv) == 5 and argv[1] == "--random-prices":
        random_prices(int(argv[2]), int(argv[3]), int(argv[4]))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    for number, prices in enumerate(read_prices(argv[1])):
        out.writerow([number] + [repr(v) for v in run_path(prices, REFERENCE)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
