package ng.korrect.transaction.support;

import java.util.UUID;

/** New ids of the service's records: random UUIDs as text. */
public final class Ids {

    private Ids() {
    }

    /** A new random id. */
    public static String next() {
        return UUID.randomUUID().toString();
    }
}
