# The governance language of the fee tiers (fee-tiers.dslr): each sentence on the left is what a
# rule says, the DRL on the right what it means. Percentages are written as in the scenario
# (3%) and become the fraction the model uses (3 / 100.0, the double nearest 0.03).
# Owner: governance, peg policy.
[condition][]the redemption policy=$policy : RedemptionLevels( $baseFee : baseFee, $raisedFee : raisedFee )
[condition][]a token's day=$token : TokenDay()
[condition][]- the discount is above the wide discount=discount > $policy.wideDiscount
[condition][]- the discount is below the calm discount=discount < $policy.calmDiscount
[condition][]- the discount is above {level}%=discount > {level} / 100.0
[condition][]- the discount is at most {level}%=discount <= {level} / 100.0
[condition][]- the fee is not the raised fee=fee != $raisedFee
[condition][]- the fee is not the base fee=fee != $baseFee
[condition][]- the fee is not {level}%=fee != {level} / 100.0
[consequence][]charge the raised fee=$token.chargeFee( $raisedFee );
[consequence][]charge the base fee=$token.chargeFee( $baseFee );
[consequence][]charge {level}%=$token.chargeFee( {level} / 100.0 );
