package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldTakeBookingsWhileRedisIsDownAndPublishTheirEventsInOrderOnceItReturns() {
        TRANSACTION.redisServer().stop();
        String bookingId;
        try {
            ApiResponse created = parties.customer().post("/api/v1/bookings", parties.bookingRequest());
            bookingId = created.body().path("bookingId").asText();
            ApiResponse cancelled = parties.customer().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of());

            assertThat(created.status()).isEqualTo(201);
            assertThat(cancelled.status()).isEqualTo(200);
        } finally {
            TRANSACTION.redisServer().restart();
        }

        TRANSACTION.awaitEvent(BookingCancelled.class, p -> p.bookingId().equals(bookingId));
        TRANSACTION.awaitOutboxDrained();
        List<String> created = TRANSACTION.events(BookingCreated.class).stream()
                .filter(e -> e.payload().bookingId().equals(bookingId)).map(e -> e.id().toString()).toList();
        assertThat(created).hasSize(1);
        assertThat(TRANSACTION.events(BookingCancelled.class).stream()
                .filter(e -> e.payload().bookingId().equals(bookingId))).hasSize(1);
        assertThat(TRANSACTION.events(BookingCreated.class).getLast().timestamp())
                .isBeforeOrEqualTo(TRANSACTION.events(BookingCancelled.class).getLast().timestamp());
    }
}
