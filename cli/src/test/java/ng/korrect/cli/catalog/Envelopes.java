package ng.korrect.cli.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;

/** Envelopes in their wire form, made by the codec, for the commands that read them. */
final class Envelopes {

    static final UUID REVIEW_ID = UUID.fromString("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f");
    static final UUID USER_ID = UUID.fromString("0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e");

    private static final EventCodec CODEC = EventCodec.create();
    private static final Instant AT = Instant.parse("2026-11-26T19:22:40.123Z");

    private Envelopes() {
    }

    /** A valid {@code review.created} envelope. */
    static String reviewCreated() {
        return wire(REVIEW_ID, new ReviewCreated("review-1", "profile-1", "customer-1", 5, "Neat tiling"),
                ServiceName.ARTISAN);
    }

    /** A valid {@code user.created} envelope. */
    static String userCreated() {
        return wire(USER_ID, new UserCreated("user-1", "ada@example.ng", "Ada", "Obi", Role.CUSTOMER),
                ServiceName.USERS);
    }

    /** The lines joined, each ended by a {@code '\n'}, as UTF-8 bytes. */
    static byte[] linesOf(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String wire(UUID id, EventPayload payload, ServiceName source) {
        return CODEC.encodeToString(new Event<>(id, payload, AT, source.wireName(), Optional.empty(), Optional.empty()));
    }
}
