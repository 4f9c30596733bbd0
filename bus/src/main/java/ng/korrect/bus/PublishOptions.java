package ng.korrect.bus;

import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.json.JsonObject;

/**
 * Optional parts of a publication. When no correlation id is given and the publish happens inside a
 * handler, the event carries the correlation id of the event being handled.
 *
 * @param correlationId the request this event belongs to
 * @param metadata free-form facts about the event
 */
public record PublishOptions(Optional<String> correlationId, Optional<JsonObject> metadata) {

    private static final PublishOptions NONE = new PublishOptions(Optional.empty(), Optional.empty());

    /** Rejects nulls. */
    public PublishOptions {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** No correlation id (unless inherited from the handled event) and no metadata. */
    public static PublishOptions none() {
        return NONE;
    }

    /** Options with this correlation id. */
    public static PublishOptions correlatedWith(String correlationId) {
        return new PublishOptions(Optional.of(correlationId), Optional.empty());
    }

    /** These options with that metadata. */
    public PublishOptions withMetadata(JsonObject metadata) {
        return new PublishOptions(correlationId, Optional.of(metadata));
    }
}
