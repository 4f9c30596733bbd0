package ng.korrect.transaction.payment;

import java.util.UUID;

/**
 * The embedded default gateway: takes no money, answers at once as the charge's {@link Simulation} asks
 * (approve when none is given), with references like {@code sim_...}. Thread-safe.
 */
public final class SimulatedGateway implements PaymentGateway {

    /** The reason of a simulated decline. */
    public static final String DECLINE_REASON = "Declined by the simulated gateway";

    @Override
    public String refund(String chargeReference, java.math.BigDecimal amount) {
        return "sim_refund_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public ChargeOutcome charge(Charge charge) {
        String reference = "sim_" + UUID.randomUUID().toString().replace("-", "");
        return switch (charge.simulation().orElse(Simulation.APPROVE)) {
            case APPROVE -> new ChargeOutcome.Approved(reference);
            case DECLINE -> new ChargeOutcome.Declined(reference, DECLINE_REASON);
            case PENDING -> new ChargeOutcome.Pending(reference);
        };
    }
}
