package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment to make: for a booking, or towards an escrow.
 *
 * @param customerId who pays
 * @param bookingId the booking paid for (for an escrow: its contract's booking), or null
 * @param escrowId the escrow funded, or null
 * @param contractId the escrow's contract, or null
 * @param amount how much, in naira
 * @param simulation what the simulated gateway should answer, when asked
 */
public record PaymentIntent(String customerId, String bookingId, String escrowId, String contractId, BigDecimal amount,
                            Optional<Simulation> simulation) {

    /** Rejects nulls where a value is needed. */
    public PaymentIntent {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(simulation, "simulation");
    }

    /** A payment for that booking. */
    public static PaymentIntent forBooking(String customerId, String bookingId, BigDecimal amount,
                                           Optional<Simulation> simulation) {
        return new PaymentIntent(customerId, bookingId, null, null, amount, simulation);
    }

    /** A payment towards that escrow of that contract (and its booking, which may be null). */
    public static PaymentIntent forEscrow(String customerId, String escrowId, String contractId, String bookingId,
                                          BigDecimal amount, Optional<Simulation> simulation) {
        return new PaymentIntent(customerId, bookingId, escrowId, contractId, amount, simulation);
    }
}
