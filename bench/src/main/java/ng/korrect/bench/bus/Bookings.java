package ng.korrect.bench.bus;

import java.util.UUID;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.PublishOptions;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.BookingCreated;

/**
 * The {@code booking.created} events the benchmarks publish: UUID ids, a correlation id, no metadata,
 * like the event of {@code CodecBenchmark}. A fixed set made beforehand and used in turn, so that making
 * them costs the measured loop nothing.
 */
final class Bookings {

    /** The stream they go to. */
    static final String STREAM = EventType.BOOKING_CREATED.streamKey();

    private static final int DISTINCT = 1024;

    private final BookingCreated[] payloads = new BookingCreated[DISTINCT];
    private final PublishOptions[] options = new PublishOptions[DISTINCT];

    Bookings() {
        for (int i = 0; i < DISTINCT; i++) {
            payloads[i] = new BookingCreated(uuid(), uuid(), uuid(), uuid(), "Plumbing: fix kitchen sink leak", "pending");
            options[i] = PublishOptions.correlatedWith(uuid());
        }
    }

    BookingCreated payload(long number) {
        return payloads[(int) (number % DISTINCT)];
    }

    PublishOptions options(long number) {
        return options[(int) (number % DISTINCT)];
    }

    /** How many bytes one envelope takes on the wire (the {@code data} field). */
    int wireSize(EventPublisher publisher, EventCodec codec) {
        return codec.encode(publisher.envelope(payload(0), options(0))).length;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
