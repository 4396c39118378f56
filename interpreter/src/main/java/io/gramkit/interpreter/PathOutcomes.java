package io.gramkit.interpreter;

import io.gramkit.model.Extensions;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-path results after the horizon, stored by column (a million paths fit in a few arrays).
 * Columns and their order are the model brief's: see {@link #COLUMNS}.
 */
public final class PathOutcomes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The reference model's per-path result columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "path",
            "gold_price",
            "supply",
            "reserves",
            "cash",
            "market_price",
            "discount",
            "fee",
            "mint_enabled",
            "coverage",
            "redeemed_total",
            "unmet_total",
            "minted_total",
            "max_discount",
            "days_fee_raised",
            "days_minting_halted");

    final double[] goldPrice;
    final double[] supply;
    final double[] reserves;
    final double[] cash;
    final double[] marketPrice;
    final double[] discount;
    final double[] fee;
    final boolean[] mintEnabled;
    final double[] coverage;
    final double[] redeemedTotal;
    final double[] unmetTotal;
    final double[] mintedTotal;
    final double[] maxDiscount;
    final int[] daysFeeRaised;
    final int[] daysMintingHalted;
    /** The extensions' columns, written after the reference columns and only when switched on. */
    private final List<String> extensionColumns;

    private final double[][] extensionValues;
    /** The path at index 0: 0 for a whole run, the first path of a range ({@link PathRange}). */
    private final int firstPath;

    /**
     * The extensions' per-path columns for a scenario, in the order they are written: none for
     * the reference model. Each appears only when its extension (or its library levels) is on.
     */
    public static List<String> extensionColumns(Extensions x) {
        List<String> columns = new ArrayList<>();
        if (x.settlementDelay().isPresent()) {
            columns.addAll(List.of("queue", "queue_wait_days"));
        }
        if (x.mintLimit().isPresent()) {
            columns.addAll(List.of("premium", "max_premium", "unmet_mint_total"));
        }
        if (x.rebalancing().isPresent() || x.rebalancingBand().isPresent()) {
            columns.addAll(List.of("gold_sold_total", "gold_bought_total"));
        }
        if (x.custodyFee().isPresent()) {
            columns.addAll(List.of("custody_paid_total", "custody_arrears"));
        }
        if (x.feeRevenue().isPresent()) {
            columns.add("fee_revenue");
        }
        if (x.reserveShortfall().isPresent()) {
            columns.add("shortfall_total");
        }
        if (x.treasury().isPresent()) {
            columns.addAll(List.of("treasury", "topped_up_total"));
        }
        if (x.pegDefence().isPresent()) {
            columns.add("bought_back_total");
        }
        if (x.collateral().isPresent()
                || x.pegDefence().isPresent()
                || x.circuitBreaker().isPresent()) {
            columns.addAll(List.of("redemption_limit", "redemption_gate", "redemptions_open"));
        }
        return List.copyOf(columns);
    }

    /**
     * Every column a scenario appends after the reference columns: the extensions', then the
     * market model's (docs/model.md, "Market model") when it has a market, then the debt block's.
     */
    public static List<String> extensionColumns(io.gramkit.model.Scenario scenario) {
        List<String> columns = new ArrayList<>(extensionColumns(scenario.extensions()));
        scenario.market().ifPresent(market -> columns.addAll(MarketState.columns(market)));
        columns.addAll(io.gramkit.interpreter.debt.DebtColumns.of(scenario.debt()));
        return List.copyOf(columns);
    }

    private static double extensionValue(PathState s, String column) {
        return switch (column) {
            case "queue" -> s.queue();
            case "queue_wait_days" -> s.queueWaitDays();
            case "premium" -> s.premium;
            case "max_premium" -> s.maxPremium;
            case "unmet_mint_total" -> s.unmetMintTotal;
            case "gold_sold_total" -> s.goldSoldTotal;
            case "gold_bought_total" -> s.goldBoughtTotal;
            case "custody_paid_total" -> s.custodyPaidTotal;
            case "custody_arrears" -> s.custodyArrears;
            case "fee_revenue" -> s.feeRevenue;
            case "shortfall_total" -> s.shortfallTotal;
            case "treasury" -> s.treasury;
            case "topped_up_total" -> s.toppedUpTotal;
            case "bought_back_total" -> s.boughtBackTotal;
            case "redemption_limit" -> s.redemptionLimit;
            case "redemption_gate" -> s.redemptionGate;
            case "redemptions_open" -> s.redemptionsOpen ? 1 : 0;
            default ->
                s.market != null && !io.gramkit.interpreter.debt.DebtColumns.COLUMNS.contains(column)
                        ? s.market.value(column)
                        : DebtDays.column(s, column);
        };
    }

    PathOutcomes(int paths) {
        this(paths, List.of());
    }

    PathOutcomes(int paths, List<String> extensionColumns) {
        this(paths, extensionColumns, 0);
    }

    PathOutcomes(int paths, List<String> extensionColumns, int firstPath) {
        this.firstPath = firstPath;
        this.extensionColumns = List.copyOf(extensionColumns);
        this.extensionValues = new double[this.extensionColumns.size()][paths];
        goldPrice = new double[paths];
        supply = new double[paths];
        reserves = new double[paths];
        cash = new double[paths];
        marketPrice = new double[paths];
        discount = new double[paths];
        fee = new double[paths];
        mintEnabled = new boolean[paths];
        coverage = new double[paths];
        redeemedTotal = new double[paths];
        unmetTotal = new double[paths];
        mintedTotal = new double[paths];
        maxDiscount = new double[paths];
        daysFeeRaised = new int[paths];
        daysMintingHalted = new int[paths];
    }

    void record(PathState s) {
        int i = s.path - firstPath;
        goldPrice[i] = s.gold;
        supply[i] = s.supply;
        reserves[i] = s.reserves;
        cash[i] = s.cash;
        marketPrice[i] = s.marketPrice;
        discount[i] = s.discount;
        fee[i] = s.fee;
        mintEnabled[i] = s.mintingEnabled;
        coverage[i] = s.coverage;
        redeemedTotal[i] = s.redeemedTotal;
        unmetTotal[i] = s.unmetTotal;
        mintedTotal[i] = s.mintedTotal;
        maxDiscount[i] = s.maxDiscount;
        daysFeeRaised[i] = s.daysFeeRaised;
        daysMintingHalted[i] = s.daysMintingHalted;
        for (int c = 0; c < extensionColumns.size(); c++) {
            extensionValues[c][i] = extensionValue(s, extensionColumns.get(c));
        }
    }

    /** The ranges' outcomes one after another, as one run's (the ranges in path order, from path 0). */
    static PathOutcomes concat(List<PathOutcomes> ranges) {
        int paths = ranges.stream().mapToInt(PathOutcomes::size).sum();
        PathOutcomes all = new PathOutcomes(paths, ranges.get(0).extensionColumns);
        int at = 0;
        for (PathOutcomes range : ranges) {
            int n = range.size();
            System.arraycopy(range.goldPrice, 0, all.goldPrice, at, n);
            System.arraycopy(range.supply, 0, all.supply, at, n);
            System.arraycopy(range.reserves, 0, all.reserves, at, n);
            System.arraycopy(range.cash, 0, all.cash, at, n);
            System.arraycopy(range.marketPrice, 0, all.marketPrice, at, n);
            System.arraycopy(range.discount, 0, all.discount, at, n);
            System.arraycopy(range.fee, 0, all.fee, at, n);
            System.arraycopy(range.mintEnabled, 0, all.mintEnabled, at, n);
            System.arraycopy(range.coverage, 0, all.coverage, at, n);
            System.arraycopy(range.redeemedTotal, 0, all.redeemedTotal, at, n);
            System.arraycopy(range.unmetTotal, 0, all.unmetTotal, at, n);
            System.arraycopy(range.mintedTotal, 0, all.mintedTotal, at, n);
            System.arraycopy(range.maxDiscount, 0, all.maxDiscount, at, n);
            System.arraycopy(range.daysFeeRaised, 0, all.daysFeeRaised, at, n);
            System.arraycopy(range.daysMintingHalted, 0, all.daysMintingHalted, at, n);
            for (int c = 0; c < all.extensionValues.length; c++) {
                System.arraycopy(range.extensionValues[c], 0, all.extensionValues[c], at, n);
            }
            at += n;
        }
        return all;
    }

    /** Every column of this run, in the order paths.csv writes them: the reference columns first. */
    public List<String> columns() {
        if (extensionColumns.isEmpty()) {
            return COLUMNS;
        }
        List<String> all = new ArrayList<>(COLUMNS);
        all.addAll(extensionColumns);
        return List.copyOf(all);
    }

    /** The extensions' columns of this run (empty for the reference model). */
    public List<String> extensionColumns() {
        return extensionColumns;
    }

    public int size() {
        return goldPrice.length;
    }

    public double goldPrice(int path) {
        return goldPrice[path];
    }

    public double supply(int path) {
        return supply[path];
    }

    public double reserves(int path) {
        return reserves[path];
    }

    public double cash(int path) {
        return cash[path];
    }

    public double marketPrice(int path) {
        return marketPrice[path];
    }

    public double discount(int path) {
        return discount[path];
    }

    public double fee(int path) {
        return fee[path];
    }

    public boolean mintEnabled(int path) {
        return mintEnabled[path];
    }

    public double coverage(int path) {
        return coverage[path];
    }

    public double redeemedTotal(int path) {
        return redeemedTotal[path];
    }

    public double unmetTotal(int path) {
        return unmetTotal[path];
    }

    public double mintedTotal(int path) {
        return mintedTotal[path];
    }

    public double maxDiscount(int path) {
        return maxDiscount[path];
    }

    public int daysFeeRaised(int path) {
        return daysFeeRaised[path];
    }

    public int daysMintingHalted(int path) {
        return daysMintingHalted[path];
    }

    /** A copy of one numeric column across paths (booleans as 1 or 0). */
    public double[] column(String name) {
        double[] values = new double[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i, name);
        }
        return values;
    }

    /** The value of column {@code name} for {@code path}, as written in paths.csv. */
    public double value(int path, String name) {
        return switch (name) {
            case "path" -> path;
            case "gold_price" -> goldPrice[path];
            case "supply" -> supply[path];
            case "reserves" -> reserves[path];
            case "cash" -> cash[path];
            case "market_price" -> marketPrice[path];
            case "discount" -> discount[path];
            case "fee" -> fee[path];
            case "mint_enabled" -> mintEnabled[path] ? 1 : 0;
            case "coverage" -> coverage[path];
            case "redeemed_total" -> redeemedTotal[path];
            case "unmet_total" -> unmetTotal[path];
            case "minted_total" -> mintedTotal[path];
            case "max_discount" -> maxDiscount[path];
            case "days_fee_raised" -> daysFeeRaised[path];
            case "days_minting_halted" -> daysMintingHalted[path];
            default -> {
                int c = extensionColumns.indexOf(name);
                if (c < 0) {
                    throw new IllegalArgumentException("no column '" + name + "'; columns: " + columns());
                }
                yield extensionValues[c][path];
            }
        };
    }
}
