// The .gram scenario language. Documented in docs/language.md.
//
// The grammar is deliberately lenient about values: every value position takes a `quantity`
// (a number with an optional unit) and the resolver checks the unit, so that `spot 75` or
// `fee 1 USD` get a message about units rather than a bare syntax error. Lexical errors
// (stray characters, unterminated strings, malformed digit groups) are tokens of their own,
// reported once by ScenarioParser; the parser accepts them where a value of that kind may stand.
grammar Gram;

// DECLARED_SETTING: the words of a setting declared in the settings catalogue
// (io.gramkit.model.settings.Settings) without a statement of its own, joined into one token by
// DeclaredSettingWords before parsing. Adding such a setting needs no change here.
tokens { DECLARED_SETTING }

// ===================================================================== parser rules

scenario
    : SCENARIO name=string LBRACE scenarioStatement* RBRACE EOF
    ;

// A file of shared blocks that scenarios import: statements without the scenario header.
sharedBlocks
    : scenarioStatement* EOF
    ;

// A condition on its own, as a metric option writes it: `probability[discount > 5%]`.
conditionOnly
    : condition EOF
    ;

scenarioStatement
    : DESCRIPTION string                                    #descriptionStatement
    | HORIZON quantity                                      #horizonStatement
    | PATHS quantity                                        #pathsStatement
    | SEED quantity                                         #seedStatement
    | GOLD LBRACE goldStatement* RBRACE                     #goldBlock
    | TOKEN LBRACE tokenStatement* RBRACE                   #tokenBlock
    | BEHAVIOUR LBRACE behaviourStatement* RBRACE           #behaviourBlock
    | POLICY policyBlock                                    #policyStatement
    | RULES string                                          #rulesStatement
    | START date                                            #startStatement
    | REPORT LBRACE reportStatement* RBRACE                 #reportBlock
    | IMPORT (importItem (COMMA importItem)* FROM)? string  #importStatement
    | SWEEP sweepTarget IN quantity (COMMA quantity)*       #sweepStatement
    | declaredSetting                                       #scenarioDeclaredSetting
    | DEBT name=string? LBRACE debtStatement* RBRACE        #debtBlock
    | MARKET LBRACE marketStatement* RBRACE                 #marketBlock
    ;

// ---- settings of the catalogue: `<words> <value> [of <noun>] [per day|year]`; the resolver checks
// the words after the value against the declaration.

declaredSetting
    : DECLARED_SETTING quantity settingTail
    ;

settingTail
    : (OF of=(SUPPLY | GOLD | CASH | LIABILITIES))? (PER per=(DAY | YEAR))?
    ;

// ---- reuse

importItem
    : kind=(GOLD | TOKEN | BEHAVIOUR | POLICY | REPORT | RULES)
    ;

// The words naming the swept setting (`fee`, `gold reserves`, `vol`); the resolver knows them.
sweepTarget
    : ~(IN | LBRACE | RBRACE)+
    ;

// ---- gold

goldStatement
    : SPOT quantity                                         #spotStatement
    | MODEL goldModel                                       #modelStatement
    | SHOCK name=string shockEffect                         #shockStatement
    | declaredSetting                                       #goldDeclaredSetting
    ;

goldModel
    : GBM DRIFT drift=quantity VOL volatility=quantity      #gbmModel
    | STUDENT_T DRIFT drift=quantity VOL volatility=quantity DF df=quantity                 #studentTModel
    | JUMP_DIFFUSION DRIFT drift=quantity VOL volatility=quantity
        JUMPS intensity=quantity PER YEAR MEAN jumpMean=quantity DISPERSION dispersion=quantity  #jumpDiffusionModel
    | GARCH DRIFT drift=quantity VOL volatility=quantity ALPHA alpha=quantity BETA beta=quantity
        (DF df=quantity)?                                                                    #garchModel
    | REGIME_SWITCHING CALM DRIFT calmDrift=quantity VOL calmVolatility=quantity
        STRESSED DRIFT stressedDrift=quantity VOL stressedVolatility=quantity
        CALM TO STRESSED toStressed=quantity PER DAY STRESSED TO CALM toCalm=quantity PER DAY   #regimeSwitchingModel
    | BOOTSTRAP file=string (FROM from=date TO to=date)? MEAN BLOCK block=quantity           #bootstrapModel
    ;

shockEffect
    : direction=(DROP | RISE) size=quantity (OVER duration=quantity)? AT DAY day=number   #moveShock
    | VOLATILITY factor=MULTIPLIER FROM DAY day=number FOR duration=quantity            #volatilityShock
    | CLOSED FROM DAY day=number FOR duration=quantity
        (THEN direction=(DROP | RISE) gap=quantity)?                                     #closureShock
    | REPLAY file=string FROM from=date TO to=date AT DAY day=number                     #replayShock
    ;

// A calendar date: 2008-03-17, 2008-03, or a year (2008).
date
    : DATE | NUMBER
    ;

// ---- token

tokenStatement
    : SUPPLY quantity                                       #supplyStatement
    | RESERVES reserveAsset (COMMA reserveAsset)*           #reservesStatement
    | SETTLEMENT DELAY quantity                             #settlementDelayStatement
    | MINT LIMIT quantity OF SUPPLY PER DAY                 #mintLimitStatement
    | REBALANCING SPREAD quantity                           #rebalancingSpreadStatement
    | CUSTODY FEE quantity PER YEAR                         #custodyFeeStatement
    | TRACK FEE REVENUE                                     #trackFeeRevenueStatement
    | RESERVE SHORTFALL share=quantity OF GOLD AT DAY day=number   #reserveShortfallStatement
    | FEED LAG quantity                                     #feedLagStatement
    | TREASURY quantity                                     #treasuryStatement
    | GOLD LOOKBACK quantity                                #goldLookbackStatement
    | declaredSetting                                       #tokenDeclaredSetting
    ;

reserveAsset
    : quantity asset=(GOLD | CASH)                          #amountReserve
    | CASH share=quantity OF LIABILITIES AT SPOT            #cashShareReserve
    ;

// ---- behaviour

behaviourStatement
    : REDEMPTION redemptionClause (COMMA redemptionClause)* #redemptionBehaviour
    | MINTING mintingClause (COMMA mintingClause)*          #mintingBehaviour
    | MARKET IMPACT quantity                                #marketImpactStatement
    | declaredSetting                                       #behaviourDeclaredSetting
    ;

redemptionClause
    : BASE quantity PER DAY                                 #redemptionBaseClause
    | DISCOUNT SENSITIVITY quantity                         #discountSensitivityClause
    | PANIC SENSITIVITY quantity                            #panicSensitivityClause
    ;

mintingClause
    : quantity PER DAY AT OR ABOVE PEG                      #mintRateClause
    | KEEPING quantity AS GOLD                              #mintGoldShareClause
    ;

// ---- policies

policyBlock
    : REDEMPTION LBRACE redemptionPolicyStatement* RBRACE   #redemptionPolicyBlock
    | MINTING LBRACE mintingPolicyStatement* RBRACE         #mintingPolicyBlock
    | CIRCUIT BREAKER LBRACE circuitBreakerStatement* RBRACE   #circuitBreakerPolicyBlock
    | COLLATERAL LBRACE collateralStatement* RBRACE         #collateralPolicyBlock
    | PEG DEFENCE LBRACE pegDefenceStatement* RBRACE        #pegDefencePolicyBlock
    | REBALANCING LBRACE rebalancingStatement* RBRACE       #rebalancingPolicyBlock
    ;

redemptionPolicyStatement
    : FEE quantity                                          #feeStatement
    | RAISED FEE quantity                                   #raisedFeeStatement
    | WIDE DISCOUNT quantity                                #wideDiscountStatement
    | CALM DISCOUNT quantity                                #calmDiscountStatement
    | DAILY LIMIT quantity OF SUPPLY                        #dailyLimitStatement
    | response                                              #redemptionResponse
    | declaredSetting                                       #redemptionDeclaredSetting
    ;

mintingPolicyStatement
    : MINIMUM COVERAGE quantity                             #minimumCoverageStatement
    | HALT WHEN condition                                   #haltWhenStatement
    | response                                              #mintingResponse
    | declaredSetting                                       #mintingDeclaredSetting
    ;

// The circuit breaker's levels (read by rules/library/circuit-breaker.drl) and responses.
circuitBreakerStatement
    : PAUSE REDEMPTIONS FOR pause=quantity AFTER GOLD FALLS fall=quantity OVER window=quantity   #pauseStatement
    | response                                              #circuitBreakerResponse
    | declaredSetting                                       #circuitBreakerDeclaredSetting
    ;

// Levels of the rule library (rules/library/): read by the rule files a scenario names.
collateralStatement
    : COVERAGE FLOOR quantity                               #coverageFloorStatement
    | EMERGENCY LIMIT quantity OF SUPPLY                    #emergencyLimitStatement
    | TOP UP quantity PER DAY                               #topUpStatement
    | declaredSetting                                       #collateralDeclaredSetting
    ;

pegDefenceStatement
    : WIDE DISCOUNT quantity                                #pegWideDiscountStatement
    | CALM DISCOUNT quantity                                #pegCalmDiscountStatement
    | TIGHTENED LIMIT quantity OF SUPPLY                    #tightenedLimitStatement
    | BUYBACK DISCOUNT quantity                             #buybackDiscountStatement
    | BUYBACK BUDGET quantity PER DAY                       #buybackBudgetStatement
    | declaredSetting                                       #pegDefenceDeclaredSetting
    ;

rebalancingStatement
    : CASH BAND lower=quantity TO upper=quantity OF LIABILITIES   #cashBandStatement
    | SELL quantity OF GOLD PER DAY                         #sellStatement
    | SPEND quantity OF CASH PER DAY                        #spendStatement
    | declaredSetting                                       #rebalancingDeclaredSetting
    ;

// ---- venues, arbitrage, holders over time and costly payouts (docs/model.md, "Market model")

marketStatement
    : POOL name=string DEPTH tokens=quantity COMMA SHARE share=quantity                 #poolStatement
    | ORDER BOOK name=string DEPTH depth=quantity PER move=quantity
        COMMA RESILIENCE resilience=quantity COMMA SHARE share=quantity                  #orderBookStatement
    | WAVE name=string share=quantity OF SUPPLY OVER days=quantity FROM DAY day=number  #waveStatement
    | SELL tokens=quantity IN venue=string AT DAY day=number                            #venueSaleStatement
    | FREEZE name=string share=quantity OF RESERVES FROM DAY from=number UNTIL DAY until=number  #freezeStatement
    | declaredSetting                                                                   #marketDeclaredSetting
    ;

// ---- a dollar minted against the token as collateral (docs/model.md, "The debt block")

debtStatement
    : VAULTS count=quantity AT ratio=quantity (TO upper=quantity IN bands=quantity BANDS)?
        OWING debt=quantity EACH                                                  #vaultsStatement
    | VAULTS FROM file=string                                                     #vaultFileStatement
    | STABILITY FEE quantity PER YEAR                                             #stabilityFeeStatement
    | LIQUIDATION RATIO quantity                                                  #liquidationRatioStatement
    | LIQUIDATION PENALTY quantity                                                #liquidationPenaltyStatement
    | DEBT CEILING quantity                                                       #debtCeilingStatement
    | DUST quantity                                                               #dustStatement
    | SURPLUS BUFFER quantity                                                     #surplusBufferStatement
    | ORACLE source=(GOLD | MARKET) (LAG (lag=quantity | hours=number (HOUR | HOURS)))?    #oracleStatement
    | AUCTION DEPTH depth=quantity PER move=quantity                             #auctionDepthStatement
    | HOLDERS (ADD COLLATERAL | repay=REPAY) AT alert=quantity TO target=quantity COMMA share=quantity PER DAY
                                                                                  #holdersStatement
    | NEW DEBT share=quantity PER DAY AT ratio=quantity                           #newDebtStatement
    // levels of the debt responses (rules/debt/)
    | RAISE STABILITY FEE TO fee=quantity BELOW stress=quantity UNTIL calm=quantity   #raiseFeeLevels
    | LOWER DEBT CEILING TO ceiling=quantity BELOW floor=quantity SURPLUS             #lowerCeilingLevels
    | TIGHTEN LIQUIDATION RATIO TO ratio=quantity AFTER ORACLE FALLS fall=quantity OVER window=quantity
        UNTIL calm=quantity                                                           #tightenRatioLevels
    | PAUSE NEW DEBT BELOW pause=quantity UNTIL resume=quantity                       #pauseNewDebtLevels
    | SHUT DOWN ABOVE limit=quantity UNCOVERED BAD DEBT                               #shutdownLevels
    ;

// `when <condition> then <action>, <action>`: compiled to a Drools rule named after its text.
response
    : WHEN condition THEN action (COMMA action)*
    ;

action
    : FEE quantity                                          #feeAction
    | DAILY LIMIT quantity OF SUPPLY                        #dailyLimitAction
    | verb=(HALT | RESUME) lever=(MINTING | REDEMPTIONS)    #switchAction
    ;

// Earlier alternatives bind tighter: comparisons, then `and`, then `or`.
condition
    : left=expression op=(LT | LE | GT | GE) right=expression   #comparison
    | LPAREN condition RPAREN                                   #groupedCondition
    | left=condition AND right=condition                        #allCondition
    | left=condition OR right=condition                         #anyCondition
    ;

expression
    : LPAREN expression RPAREN                                  #groupedExpression
    | left=expression op=(STAR | SLASH) right=expression        #productExpression
    | left=expression op=(PLUS | MINUS) right=expression        #sumExpression
    | SEEN? observable                                          #observableExpression
    | quantity                                                  #quantityExpression
    ;

// What a path's end-of-day state shows (io.gramkit.model.policy.Observable defines each word).
// `seen` asks a report condition for the value through the lagged gold feed, as policies see it.
observable
    : DISCOUNT                                              #discountObservable
    | COVERAGE                                              #coverageObservable
    | FEE                                                   #feeObservable
    | CASH SHARE                                            #cashShareObservable
    | GOLD MOVE OVER window=quantity                        #goldMoveObservable
    | GOLD                                                  #goldObservable
    | SUPPLY                                                #supplyObservable
    ;

// ---- report

reportStatement
    : QUANTILES quantity (COMMA quantity)*                  #quantilesStatement
    | PROBABILITY condition                                 #probabilityStatement
    | DAYS condition                                        #daysStatement
    ;

// ---- values

quantity
    : number unit?
    ;

number
    : sign=(PLUS | MINUS)? digits=(NUMBER | MALFORMED_NUMBER)
    ;

unit
    : symbol=(PERCENT | BASIS_POINTS | USD | USD_PER_GRAM | USD_PER_OUNCE | GRAM | OUNCE | TONNE
      | DAY | DAYS | WEEK | WEEKS | MONTH | MONTHS | YEAR | YEARS)
    ;

string
    : text=(STRING | UNTERMINATED_STRING)
    ;

// ===================================================================== lexer rules

// ---- keywords (literal, lower case; listed before IDENTIFIER so they win ties)

ABOVE        : 'above';
AFTER        : 'after';
ALPHA        : 'alpha';
AND          : 'and';
AS           : 'as';
AT           : 'at';
BAND         : 'band';
BASE         : 'base';
BEHAVIOUR    : 'behaviour';
BETA         : 'beta';
BLOCK        : 'block';
BOOTSTRAP    : 'bootstrap';
BREAKER      : 'breaker';
BUDGET       : 'budget';
BUYBACK      : 'buyback';
CALM         : 'calm';
CASH         : 'cash';
CIRCUIT      : 'circuit';
CLOSED       : 'closed';
COLLATERAL   : 'collateral';
COVERAGE     : 'coverage';
CUSTODY      : 'custody';
DAILY        : 'daily';
DEFENCE      : 'defence';
DELAY        : 'delay';
DESCRIPTION  : 'description';
DF           : 'df';
DISCOUNT     : 'discount';
DISPERSION   : 'dispersion';
DRIFT        : 'drift';
DROP         : 'drop';
EMERGENCY    : 'emergency';
FALLS        : 'falls';
FEE          : 'fee';
FEED         : 'feed';
FLOOR        : 'floor';
FOR          : 'for';
FROM         : 'from';
GARCH        : 'garch';
GBM          : 'gbm';
GOLD         : 'gold';
HALT         : 'halt';
HORIZON      : 'horizon';
IMPACT       : 'impact';
IMPORT       : 'import';
IN           : 'in';
JUMPS        : 'jumps';
JUMP_DIFFUSION : 'jump-diffusion';
KEEPING      : 'keeping';
LAG          : 'lag';
LIABILITIES  : 'liabilities';
LIMIT        : 'limit';
LOOKBACK     : 'lookback';
MARKET       : 'market';
MEAN         : 'mean';
MINIMUM      : 'minimum';
MINT         : 'mint';
MINTING      : 'minting';
MODEL        : 'model';
MOVE         : 'move';
OF           : 'of';
OR           : 'or';
OVER         : 'over';
PANIC        : 'panic';
PATHS        : 'paths';
PAUSE        : 'pause';
PEG          : 'peg';
PER          : 'per';
POLICY       : 'policy';
PROBABILITY  : 'probability';
QUANTILES    : 'quantiles';
RAISED       : 'raised';
REBALANCING  : 'rebalancing';
REDEMPTION   : 'redemption';
REDEMPTIONS  : 'redemptions';
REGIME_SWITCHING : 'regime-switching';
REPLAY       : 'replay';
REPORT       : 'report';
RESERVE      : 'reserve';
RESERVES     : 'reserves';
RESUME       : 'resume';
REVENUE      : 'revenue';
RISE         : 'rise';
RULES        : 'rules';
SCENARIO     : 'scenario';
SEED         : 'seed';
SEEN         : 'seen';
SELL         : 'sell';
SENSITIVITY  : 'sensitivity';
SETTLEMENT   : 'settlement';
SHARE        : 'share';
SHOCK        : 'shock';
SHORTFALL    : 'shortfall';
SPEND        : 'spend';
SPOT         : 'spot';
SPREAD       : 'spread';
START        : 'start';
STRESSED     : 'stressed';
STUDENT_T    : 'student-t';
SUPPLY       : 'supply';
SWEEP        : 'sweep';
THEN         : 'then';
TIGHTENED    : 'tightened';
TO           : 'to';
TOKEN        : 'token';
TOP          : 'top';
TRACK        : 'track';
TREASURY     : 'treasury';
UP           : 'up';
VOL          : 'vol';
VOLATILITY   : 'volatility';
WHEN         : 'when';
WIDE         : 'wide';

// ---- keywords of the debt block
ADD          : 'add';
AUCTION      : 'auction';
BAD          : 'bad';
BANDS        : 'bands';
BELOW        : 'below';
BUFFER       : 'buffer';
CEILING      : 'ceiling';
DEBT         : 'debt';
DEPTH        : 'depth';
DOWN         : 'down';
DUST         : 'dust';
EACH         : 'each';
HOLDERS      : 'holders';
HOUR         : 'hour';
HOURS        : 'hours';
LIQUIDATION  : 'liquidation';
LOWER        : 'lower';
NEW          : 'new';
ORACLE       : 'oracle';
OWING        : 'owing';
PENALTY      : 'penalty';
RAISE        : 'raise';
RATIO        : 'ratio';
REPAY        : 'repay';
SHUT         : 'shut';
STABILITY    : 'stability';
SURPLUS      : 'surplus';
TIGHTEN      : 'tighten';
UNCOVERED    : 'uncovered';
UNTIL        : 'until';
VAULTS       : 'vaults';

// ---- keywords of the market block
BOOK         : 'book';
FREEZE       : 'freeze';
ORDER        : 'order';
POOL         : 'pool';
RESILIENCE   : 'resilience';
WAVE         : 'wave';

// ---- units

PERCENT       : '%';
BASIS_POINTS  : 'bp';
USD_PER_GRAM  : 'USD/g';
USD_PER_OUNCE : 'USD/oz';
USD           : 'USD';
GRAM          : 'g';
OUNCE         : 'oz';
TONNE         : 't';
DAY           : 'day';
DAYS          : 'days';
WEEK          : 'week';
WEEKS         : 'weeks';
MONTH         : 'month';
MONTHS        : 'months';
YEAR          : 'year';
YEARS         : 'years';

// ---- punctuation

LBRACE : '{';
RBRACE : '}';
COMMA  : ',';
PLUS   : '+';
MINUS  : '-';
STAR   : '*';
SLASH  : '/';
LPAREN : '(';
RPAREN : ')';
LE     : '<=';
GE     : '>=';
LT     : '<';
GT     : '>';

// ---- literals

// A volatility multiplier: x2, x0.5 (listed before IDENTIFIER, which would also match x2).
MULTIPLIER : 'x' DIGIT+ ('.' DIGIT+)?;
// A date: 2008-03-17 or 2008-03 (a bare year is a NUMBER). Longer than NUMBER, so it wins.
DATE       : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT ('-' DIGIT DIGIT)?;

// Digit groups after a comma have exactly three digits: 10,000 and 2,332.76.
NUMBER           : DIGIT+ (',' DIGIT DIGIT DIGIT)* ('.' DIGIT+)?;
// Longer than NUMBER exactly when a group is not three digits (10,00 or 1,2345) or the number
// has an exponent (1e6, which would otherwise lex as 1 and a word 'e6'): reported.
MALFORMED_NUMBER
    : DIGIT+ (',' DIGIT+)+ ('.' DIGIT+)?
    | DIGIT+ (',' DIGIT+)* ('.' DIGIT+)? [eE] [+-]? DIGIT+
    ;

// Escapes are checked by ScenarioParser (only \" and \\ are allowed); a string ends on its line.
STRING              : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;

// Anything word-like that is not a keyword: a misspelt keyword lexes as this.
IDENTIFIER : [\p{L}_] [\p{L}\p{N}_-]*;

// ---- hidden

LINE_COMMENT         : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT        : '/*' (~'*' | '*'+ ~[*/])* '*'+ '/' -> channel(HIDDEN);
// Matches only when no closing */ follows (otherwise BLOCK_COMMENT is longer): reported.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* -> channel(HIDDEN);
WHITESPACE           : [ \t\r\n\f\u00A0\uFEFF]+ -> skip;
// Any other character; reported by ScenarioParser, invisible to the parser.
UNKNOWN_CHAR         : . -> channel(HIDDEN);

fragment DIGIT : [0-9];
