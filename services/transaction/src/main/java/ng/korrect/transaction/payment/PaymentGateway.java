package ng.korrect.transaction.payment;

/**
 * A payment provider that charges a customer. The answer may be final (approved or declined) or pending,
 * in which case the provider's webhook settles the charge later ({@link WebhookRoutes}).
 * Implementations are thread-safe.
 */
public interface PaymentGateway {

    /** Charges the customer; never throws for a declined card, which is an outcome. */
    ChargeOutcome charge(Charge charge);
}
