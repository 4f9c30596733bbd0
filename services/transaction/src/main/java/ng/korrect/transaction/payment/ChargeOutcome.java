package ng.korrect.transaction.payment;

/** What a gateway answered a charge. */
public sealed interface ChargeOutcome {

    /** The provider's reference of the charge. */
    String reference();

    /** The money was taken. */
    record Approved(String reference) implements ChargeOutcome {
    }

    /** The charge was refused, for that reason. */
    record Declined(String reference, String reason) implements ChargeOutcome {
    }

    /** The provider will tell through its webhook. */
    record Pending(String reference) implements ChargeOutcome {
    }
}
