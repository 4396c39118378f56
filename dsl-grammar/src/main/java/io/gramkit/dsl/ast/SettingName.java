package io.gramkit.dsl.ast;

/** The single-valued settings, by the words that introduce them. */
public enum SettingName {
    HORIZON("horizon"),
    PATHS("paths"),
    SEED("seed"),
    SPOT("spot"),
    SUPPLY("supply"),
    REDEMPTION_BASE("redemption base"),
    DISCOUNT_SENSITIVITY("discount sensitivity"),
    PANIC_SENSITIVITY("panic sensitivity"),
    MINT_RATE("minting rate"),
    MINT_GOLD_SHARE("minting gold share"),
    MARKET_IMPACT("market impact"),
    FEE("fee"),
    RAISED_FEE("raised fee"),
    WIDE_DISCOUNT("wide discount"),
    CALM_DISCOUNT("calm discount"),
    DAILY_LIMIT("daily limit"),
    MINIMUM_COVERAGE("minimum coverage"),
    // model extensions, in the token block
    SETTLEMENT_DELAY("settlement delay"),
    MINT_LIMIT("mint limit"),
    REBALANCING_SPREAD("rebalancing spread"),
    CUSTODY_FEE("custody fee"),
    FEED_LAG("feed lag"),
    TREASURY("treasury"),
    GOLD_LOOKBACK("gold lookback"),
    // levels of the rule library
    COVERAGE_FLOOR("coverage floor"),
    EMERGENCY_LIMIT("emergency limit"),
    TOP_UP("top up"),
    TIGHTENED_LIMIT("tightened limit"),
    BUYBACK_DISCOUNT("buyback discount"),
    BUYBACK_BUDGET("buyback budget"),
    SELL_GOLD("sell"),
    SPEND_CASH("spend");

    private final String words;

    SettingName(String words) {
        this.words = words;
    }

    /** The name as messages quote it: {@code "raised fee"}. */
    public String words() {
        return words;
    }
}
