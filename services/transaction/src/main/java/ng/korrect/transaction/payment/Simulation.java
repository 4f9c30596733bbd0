package ng.korrect.transaction.payment;

import java.util.Arrays;
import java.util.Optional;
import ng.korrect.catalog.payload.WireValue;
import ng.korrect.service.RequestBody;

/** What the simulated gateway answers a charge, chosen by the request's {@code simulate} field. */
public enum Simulation implements WireValue {
    /** Approve at once (the default). */
    APPROVE("approve"),
    /** Decline at once, as a card refused by the bank. */
    DECLINE("decline"),
    /** Leave the charge pending, for the webhook to settle. */
    PENDING("pending");

    private final String wireName;

    Simulation(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The request's optional {@code simulate} field; a value that is none of these is a problem of the body. */
    public static Optional<Simulation> read(RequestBody body) {
        return body.optionalText("simulate", 20).flatMap(text -> {
            Optional<Simulation> found = Arrays.stream(values()).filter(value -> value.wireName.equals(text)).findFirst();
            body.check("simulate", found.isPresent(), "must be one of [approve, decline, pending]");
            return found;
        });
    }
}
