package ng.korrect.transaction.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EscrowBalanceTest {

    private static BigDecimal naira(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void shouldAddPaymentsExactlyToTheKobo() {
        EscrowBalance balance = EscrowBalance.empty(naira("0.30")).afterFunding(naira("0.10")).afterFunding(naira("0.20"));

        assertThat(balance.fullyFunded()).isTrue();
        assertThat(balance.held()).isEqualByComparingTo("0.30");
        assertThat(balance.stillToFund()).isEqualByComparingTo("0");
    }

    @Test
    void shouldAcceptFundingOnlyWithinTheTotalCountingWhatIsPending() {
        EscrowBalance balance = EscrowBalance.empty(naira("100.00")).afterFunding(naira("60.00"));

        assertThat(balance.accepts(naira("40.00"), BigDecimal.ZERO)).isTrue();
        assertThat(balance.accepts(naira("40.01"), BigDecimal.ZERO)).isFalse();
        assertThat(balance.accepts(naira("30.00"), naira("10.01"))).isFalse();
        assertThat(balance.accepts(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void shouldRefuseFundingBeyondTheTotal() {
        assertThatThrownBy(() -> EscrowBalance.empty(naira("100")).afterFunding(naira("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverPayOutMoreThanIsHeld() {
        EscrowBalance funded = EscrowBalance.empty(naira("100")).afterFunding(naira("100"));
        EscrowBalance afterRelease = funded.afterRelease(naira("70"));

        assertThat(afterRelease.held()).isEqualByComparingTo("30");
        assertThatThrownBy(() -> afterRelease.afterRelease(naira("30.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> afterRelease.afterRefund(naira("30.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(afterRelease.afterRefund(naira("30")).held()).isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseNegativeOrZeroMovements() {
        EscrowBalance funded = EscrowBalance.empty(naira("100")).afterFunding(naira("100"));

        assertThatThrownBy(() -> funded.afterRelease(naira("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> funded.afterRefund(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> funded.afterFunding(naira("-5"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnInconsistentBalance() {
        assertThatThrownBy(() -> new EscrowBalance(naira("100"), naira("50"), naira("40"), naira("20")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscrowBalance(naira("100"), naira("101"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptOnlyASplitThatAddsUpToExactlyWhatIsHeld() {
        EscrowBalance held = EscrowBalance.empty(naira("100.10")).afterFunding(naira("100.10")).afterRelease(naira("50"));

        assertThat(held.splitsHeld(naira("25.05"), naira("25.05"))).isTrue();
        assertThat(held.splitsHeld(naira("50.10"), BigDecimal.ZERO)).isTrue();
        assertThat(held.splitsHeld(naira("25.05"), naira("25.06"))).isFalse();
        assertThat(held.splitsHeld(naira("60.10"), naira("-10"))).isFalse();
    }
}
