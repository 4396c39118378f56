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
    MINIMUM_COVERAGE("minimum coverage");

    private final String words;

    SettingName(String words) {
        this.words = words;
    }

    /** The name as messages quote it: {@code "raised fee"}. */
    public String words() {
        return words;
    }
}
