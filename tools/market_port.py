#!/usr/bin/env python3
"""An independent port of the market model's day (docs/model.md, "Market model") in plain Python.

It replays given gold prices (the `gram run --gold-paths` file format: path,day,price in USD/g)
with the settings of scenario-library/reference-v2.gram (the reference model with the market on)
and writes the per-path results in paths.csv's columns: the reference columns, then the market's.
Given the same prices the kit and this port must agree double for double: the day uses only +, -,
*, /, min, max and sqrt, which IEEE-754 doubles compute identically in Java and Python when the
operation order is kept (the panic decay 0.5**(1/h) is the one pow, computed once).

    python3 tools/market_port.py prices.csv > paths.csv
    python3 tools/reference_port.py --random-prices 300 365 7 > prices.csv   # seeded test prices
"""
import csv
import math
import sys

REFERENCE_V2 = dict(
    supply=1_000_000.0, reserves=950_000.0, cash=4_125_000.0,
    redeem_base=0.001, k_discount=5.0, k_panic=0.5, redeem_cap=0.02,
    mint_rate=0.003, mint_gold_share=0.95,
    fee_base=0.0025, fee_high=0.01, disc_high=0.01, disc_low=0.002, coverage_min=1.0,
    # the market block
    venues=[dict(name="pool", kind="pool", share=0.2, tokens=100_000.0),
            dict(name="book", kind="book", share=0.8, depth=2_500.0, resilience=0.25)],
    desks=3, capital_each=3_000_000.0, annual_cost=0.10, risk_premium=0.0, settlement_days=1,
    half_life=None, k_coverage=0.0, retail_share=0.0,
    haircut_base=0.0, haircut_slope=0.02, capacity=20_000.0,
    waves=[],  # (share, days, start day)
)

REFERENCE_COLUMNS = ["path", "gold_price", "supply", "reserves", "cash", "market_price", "discount",
                     "fee", "mint_enabled", "coverage", "redeemed_total", "unmet_total",
                     "minted_total", "max_discount", "days_fee_raised", "days_minting_halted"]


def market_columns(p):
    cols = ["arb_capital", "arb_inventory", "arb_bought_total", "arb_redeemed_total",
            "arb_spent_total", "arb_received_total", "panic", "payout_gold_sold_total",
            "fire_sale_loss_total"]
    for v in p["venues"]:
        cols += [v["name"] + "_low", v["name"] + "_min_low"]
        if v["kind"] == "pool":
            cols += [v["name"] + "_tokens", v["name"] + "_gold"]
    return cols


class Venues:
    """Pools keep X (tokens) and Y (grams of value); books re-quote daily and track s (net sold)."""

    def __init__(self, p):
        self.v = p["venues"]
        n = len(self.v)
        self.pool = [v["kind"] == "pool" for v in self.v]
        self.share = [v["share"] for v in self.v]
        self.hd = [100.0 * v["depth"] if v["kind"] == "book" else 0.0 for v in self.v]
        self.rho = [v.get("resilience", 0.0) for v in self.v]
        self.X = [v["tokens"] if v["kind"] == "pool" else 0.0 for v in self.v]
        self.Y = list(self.X)
        self.s = [0.0] * n
        self.open = [1.0] * n
        self.low = [1.0] * n
        self.min_low = [1.0] * n

    def price(self, i):
        if self.pool[i]:
            return self.Y[i] / self.X[i]
        return self.open[i] / (1.0 + self.s[i] / self.hd[i])

    def pool_tokens(self):
        held = 0.0
        for i in range(len(self.v)):
            if self.pool[i]:
                held += self.X[i]
        return held

    def open_day(self, close, value):
        for i in range(len(self.v)):
            if self.pool[i]:
                self.open[i] = self.Y[i] / self.X[i]
            else:
                self.open[i] = close if self.rho[i] == 0.0 else close + self.rho[i] * (value - close)
                self.s[i] = 0.0

    def sell(self, i, q):
        if self.pool[i]:
            x = self.X[i] + q
            y = (self.X[i] * self.Y[i]) / x
            self.X[i], self.Y[i] = x, y
        else:
            self.s[i] = self.s[i] + q

    def cost_of(self, i, b):
        if self.pool[i]:
            return (self.X[i] * self.Y[i]) / (self.X[i] - b) - self.Y[i]
        after = self.open[i] / (1.0 + (self.s[i] - b) / self.hd[i])
        return b * ((self.price(i) + after) / 2.0)

    def buy(self, i, b):
        cost = self.cost_of(i, b)
        if self.pool[i]:
            x = self.X[i] - b
            self.Y[i] = (self.X[i] * self.Y[i]) / x
            self.X[i] = x
        else:
            self.s[i] = self.s[i] - b
        return cost

    def to_lift(self, i, target):
        if self.price(i) >= target:
            return 0.0
        if self.pool[i]:
            return self.X[i] - math.sqrt((self.X[i] * self.Y[i]) / target)
        return self.s[i] - self.hd[i] * (self.open[i] / target - 1.0)

    def holders_trade(self, net):
        leftover = 0.0
        for i in range(len(self.v)):
            flow = self.share[i] * net
            if flow > 0.0:
                self.sell(i, flow)
            elif flow < 0.0:
                want = -flow
                bought = min(want, self.to_lift(i, 1.0))
                if bought > 0.0:
                    self.buy(i, bought)
                leftover = leftover + (want - bought)
        return leftover

    def lows(self):
        for i in range(len(self.v)):
            self.low[i] = min(self.open[i], self.price(i))
            self.min_low[i] = min(self.min_low[i], self.low[i])

    def close(self):
        close = 0.0
        for i in range(len(self.v)):
            close = close + self.share[i] * self.price(i)
        for i in range(len(self.v)):
            if self.pool[i] and close > 0.0:
                k = self.X[i] * self.Y[i]
                x = math.sqrt(k / close)
                self.X[i], self.Y[i] = x, k / x
        return close


class Desk:
    def __init__(self, p):
        self.capital = p["desks"] * p["capital_each"]
        self.inventory = 0.0
        self.pending = [0.0] * (p["settlement_days"] + 1)
        self.pending_usd = 0.0
        self.spent = self.received = self.bought = self.redeemed = 0.0

    def collect(self, day):
        slot = day % len(self.pending)
        if self.pending[slot] != 0.0:
            self.capital = self.capital + self.pending[slot]
            self.pending_usd = self.pending_usd - self.pending[slot]
            self.pending[slot] = 0.0

    def served(self, tokens, usd, day, days):
        if tokens == 0.0:
            return
        self.inventory = self.inventory - tokens
        self.redeemed += tokens
        self.received += usd
        if days == 0:
            self.capital = self.capital + usd
        else:
            self.pending[(day + days) % len(self.pending)] += usd
            self.pending_usd = self.pending_usd + usd

    def trade(self, venues, target, gold, held):
        n = len(venues.v)
        need = [0.0] * n
        cost = 0.0
        from_books = 0.0
        for i in range(n):
            need[i] = venues.to_lift(i, target)
            if need[i] > 0.0:
                cost = cost + venues.cost_of(i, need[i])
                if not venues.pool[i]:
                    from_books = from_books + need[i]
        if not cost > 0.0:
            return
        cost_usd = cost * gold
        fill = 1.0 if cost_usd <= self.capital else max(0.0, self.capital) / cost_usd
        if from_books > 0.0 and from_books > held:
            fill = min(fill, max(0.0, held) / from_books)
        if fill == 0.0:
            return
        spent = bought = 0.0
        for i in range(n):
            if need[i] > 0.0:
                b = need[i] if fill == 1.0 else fill * need[i]
                spent = spent + venues.buy(i, b)
                bought = bought + b
        spent_usd = spent * gold
        self.capital = self.capital - spent_usd
        self.inventory = self.inventory + bought
        self.spent += spent_usd
        self.bought += bought


def gold_value(p, reserves):
    g = min(reserves, p["capacity"])
    return g * (1.0 - (p["haircut_base"] + p["haircut_slope"] * (g / p["capacity"])))


def grams_to_sell(p, value, reserves):
    b = 1.0 - p["haircut_base"]
    if p["haircut_slope"] == 0.0:
        grams = value / b
    else:
        a = p["haircut_slope"] / p["capacity"]
        grams = (2.0 * value) / (b + math.sqrt(max(0.0, b * b - (4.0 * a) * value)))
    return min(grams, reserves)


def run_path(prices, p):
    horizon = len(prices) - 1
    wave = [0.0] * (horizon + 1)
    for day in range(1, horizon + 1):
        share = 0.0
        for (w_share, w_days, w_start) in p["waves"]:
            share += w_share / w_days if w_start <= day < w_start + w_days else 0.0
        wave[day] = share
    memory = p["half_life"] is not None
    decay = 0.5 ** (1.0 / p["half_life"]) if memory else float("nan")

    G = prices[0]
    S, R, C = p["supply"], p["reserves"], p["cash"]
    f = p["fee_base"]
    d = 0.0
    coverage = (R * G + C) / (S * G)
    mint_on = coverage >= p["coverage_min"]
    M = G
    P = 1.0
    panic = 0.0
    venues, desk = Venues(p), Desk(p)
    redeemed = unmet = minted_total = max_d = 0.0
    sold_total = loss_total = 0.0
    fee_days = halted_days = 0
    for t in range(1, horizon + 1):
        G = prices[t]
        e = prices[t] / prices[t - 1]
        desk.collect(t)
        drop = max(0.0, 1.0 - e)
        panic = panic * decay + (1.0 - decay) * (p["k_panic"] * drop) if memory else p["k_panic"] * drop
        phi = min(1.0, (((p["redeem_base"] + p["k_discount"] * max(0.0, d - f)) + panic)
                        + p["k_coverage"] * max(0.0, 1.0 - coverage)) + wave[t])
        holdings = max(0.0, (S - venues.pool_tokens()) - desk.inventory)
        exit_ = phi * holdings
        retail = p["retail_share"] * exit_
        # the primary market
        limit = min(p["redeem_cap"], 1.0) * S
        capacity = (C / G + gold_value(p, R)) / (1.0 - f)
        redeemable = min(limit, capacity)
        presented = retail + desk.inventory
        served = min(presented, redeemable)
        served_retail = served * (retail / presented) if presented > 0.0 else 0.0
        served_desk = served - served_retail
        unserved_retail = retail - served_retail
        owed = served * (1.0 - f)
        in_cash = min(owed, C / G)
        paid_cash = in_cash * G
        from_gold = owed - in_cash
        gold_sold = grams_to_sell(p, from_gold, R) if from_gold > 0.0 else 0.0
        R = R - gold_sold
        C = C - paid_cash
        desk.served(served_desk, (served_desk * (1.0 - f)) * G, t, p["settlement_days"])
        # the venues
        venues.open_day(P, min(1.0, coverage))
        demand = p["mint_rate"] * S
        to_mint = venues.holders_trade(((exit_ - retail) + unserved_retail) - demand)
        venues.lows()
        # arbitrage
        remaining = S - served
        coverage_now = (R * G + C) / (remaining * G) if remaining > 0.0 else float("inf")
        wait = (desk.inventory + retail) / redeemable + p["settlement_days"] if redeemable > 0.0 else float("inf")
        required = (f + (p["annual_cost"] * wait) / 365.0) + p["risk_premium"]
        target = min(1.0, coverage_now) - required
        if p["desks"] > 0 and target > 0.0:
            desk.trade(venues, target, G, (remaining - venues.pool_tokens()) - desk.inventory)
        close = venues.close()
        minted = to_mint if mint_on else 0.0
        S = remaining + minted
        mint_gold = p["mint_gold_share"] * minted
        mint_cash = ((1.0 - p["mint_gold_share"]) * minted) * G
        R = R + mint_gold
        C = C + mint_cash
        P = close
        d = max(0.0, 1.0 - close)
        M = G * close
        coverage = (R * G + C) / (S * G) if S > 0.0 else float("inf")
        redeemed += served
        unmet += presented - served
        minted_total += minted
        max_d = max(max_d, d)
        sold_total += gold_sold
        loss_total += gold_sold - from_gold
        # rules r1-r3 on the end-of-day state
        mint_on = coverage >= p["coverage_min"]
        if d > p["disc_high"]:
            f = p["fee_high"]
        elif d < p["disc_low"]:
            f = p["fee_base"]
        fee_days += 1 if f > p["fee_base"] else 0
        halted_days += 0 if mint_on else 1
    row = [G, S, R, C, M, d, f, 1 if mint_on else 0, coverage, redeemed, unmet, minted_total, max_d,
           fee_days, halted_days,
           desk.capital + desk.pending_usd, desk.inventory, desk.bought, desk.redeemed, desk.spent,
           desk.received, panic, sold_total, loss_total]
    for i, v in enumerate(p["venues"]):
        row += [venues.low[i], venues.min_low[i]]
        if v["kind"] == "pool":
            row += [venues.X[i], venues.Y[i]]
    return row


def read_prices(path):
    paths = {}
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            paths.setdefault(int(row["path"]), {})[int(row["day"])] = float(row["price"])
    return [[days[t] for t in range(len(days))] for _, days in sorted(paths.items())]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(REFERENCE_COLUMNS + market_columns(REFERENCE_V2))
    for number, prices in enumerate(read_prices(argv[1])):
        out.writerow([number] + [repr(v) if isinstance(v, float) else v
                                 for v in run_path(prices, REFERENCE_V2)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
