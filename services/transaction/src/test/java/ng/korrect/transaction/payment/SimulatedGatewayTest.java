package ng.korrect.transaction.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedGatewayTest {

    private final SimulatedGateway gateway = new SimulatedGateway();

    private ChargeOutcome charge(Optional<Simulation> simulation) {
        return gateway.charge(new Charge("pay-1", "cust-1", new BigDecimal("10.00"), simulation));
    }

    @Test
    void shouldApproveWhenToldNothing() {
        assertThat(charge(Optional.empty())).isInstanceOf(ChargeOutcome.Approved.class);
    }

    @Test
    void shouldDeclineOrLeavePendingWhenToldTo() {
        ChargeOutcome declined = charge(Optional.of(Simulation.DECLINE));

        assertThat(declined).isInstanceOf(ChargeOutcome.Declined.class);
        assertThat(((ChargeOutcome.Declined) declined).reason()).isEqualTo(SimulatedGateway.DECLINE_REASON);
        assertThat(charge(Optional.of(Simulation.PENDING))).isInstanceOf(ChargeOutcome.Pending.class);
    }

    @Test
    void shouldGiveEveryChargeItsOwnReference() {
        assertThat(charge(Optional.empty()).reference()).startsWith("sim_")
                .isNotEqualTo(charge(Optional.empty()).reference());
    }
}
