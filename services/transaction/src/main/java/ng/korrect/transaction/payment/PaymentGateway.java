package ng.korrect.transaction.payment;

/**
 * A payment provider that charges a customer. The answer may be final (approved or declined) or pending,
 * in which case the provider's webhook settles the charge later ({@link WebhookRoutes}).
 * Implementations are thread-safe.
 */
public interface PaymentGateway {

    /** Charges the customer; never throws for a declined card, which is an outcome. */
    ChargeOutcome charge(Charge charge);

    /**
     * Gives the whole amount of an approved charge back to the customer; returns the provider's reference of
     * the refund. Throws when the provider refuses or does not answer, so that the caller's transaction
     * (which records the refund) rolls back and the refund can be asked again.
     */
    String refund(String chargeReference, java.math.BigDecimal amount);
}
