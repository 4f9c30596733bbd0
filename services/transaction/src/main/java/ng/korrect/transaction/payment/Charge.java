package ng.korrect.transaction.payment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One charge asked of a gateway.
 *
 * @param paymentId the payment this charge settles
 * @param customerId who pays
 * @param amount how much, in naira
 * @param simulation what the {@link SimulatedGateway} should answer ({@code approve}, {@code decline},
 *                   {@code pending}); real gateways ignore it
 */
public record Charge(String paymentId, String customerId, BigDecimal amount, Optional<Simulation> simulation) {

    /** Rejects nulls. */
    public Charge {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(simulation, "simulation");
    }
}
