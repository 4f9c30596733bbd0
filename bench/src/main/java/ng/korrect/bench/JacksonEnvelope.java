package ng.korrect.bench;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.payload.BookingCreated;

/**
 * The envelope as a plain record for Jackson databinding, the baseline of {@link CodecBenchmark}: the
 * same components in the same order as the wire, with no validation of any kind.
 *
 * @param id the event's id
 * @param type the event type's wire name
 * @param payload the payload record, bound by Jackson as it stands
 * @param timestamp when it happened
 * @param source the publishing service
 * @param correlationId the request it belongs to, or null
 * @param metadata free-form facts, or null
 */
public record JacksonEnvelope(
        UUID id,
        String type,
        BookingCreated payload,
        Instant timestamp,
        String source,
        String correlationId,
        Map<String, Object> metadata) {
}
