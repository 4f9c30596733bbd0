package ng.korrect.catalog;

import java.util.Objects;

/** What one consuming service does with an event type, as the catalog's "Consumers" line says it. */
public record Reaction(ServiceName service, String purpose) {
    /** Rejects nulls. */
    public Reaction {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(purpose, "purpose");
    }
}
