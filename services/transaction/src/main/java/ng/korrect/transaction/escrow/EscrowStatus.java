package ng.korrect.transaction.escrow;

import java.util.Arrays;

/** Where an escrow stands: awaiting funding until the total is paid in, then funded, then closed. */
public enum EscrowStatus {
    /** Payments are taken until the total is reached. */
    AWAITING_FUNDING("awaiting_funding"),
    /** The total is held; milestones are released from it. */
    FUNDED("funded"),
    /** Nothing more moves: all released, refunded, or split by a dispute. */
    CLOSED("closed");

    private final String wireName;

    EscrowStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the database and the API. */
    public String wireName() {
        return wireName;
    }

    /** The status of that name. */
    public static EscrowStatus fromWire(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no escrow status " + name));
    }
}
