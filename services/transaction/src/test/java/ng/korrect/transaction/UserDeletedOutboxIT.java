package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sent envelopes in the outbox that carry a deleted user's free text, which the outbox keeps a day. */
class UserDeletedOutboxIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Parties parties = new Parties(TRANSACTION);
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldDeleteTheSentEnvelopesThatCarryTheDeletedUsersReasonsAndKeepTheRest() {
        cancel(parties.customer(), parties.book(), "Moving house " + marker);
        cancel(parties.artisan(), parties.book(), "Fell ill " + marker);
        String refunded = parties.escrow();
        parties.customer().post("/api/v1/escrow/" + refunded + "/fund", Map.of("amount", "100"));
        parties.customer().post("/api/v1/escrow/" + refunded + "/refund", Map.of("reason", "My sister lives at 4 Ojo Road "
                + marker));
        openDispute(parties.customer(), parties.fundedEscrow(), "The pipe still leaks " + marker);
        Parties others = new Parties(TRANSACTION);
        cancel(others.customer(), others.book(), "Unrelated plans " + marker);
        openDispute(others.customer(), others.fundedEscrow(), "Unrelated leak " + marker);
        TRANSACTION.awaitOutboxDrained();
        assertThat(envelopesContaining(marker)).as("every reason is in a sent envelope").isEqualTo(6);
        long bookingsCreated = bookingCreatedEnvelopesOf(parties.customerId);

        TRANSACTION.publish(new UserDeleted(parties.customerId, "deleted@example.ng"), ServiceName.USERS);

        await().atMost(WAIT).until(() -> envelopesContaining("Moving house " + marker) == 0);
        for (String reason : List.of("Fell ill", "My sister lives at 4 Ojo Road", "The pipe still leaks")) {
            assertThat(envelopesContaining(reason + " " + marker)).as(reason).isZero();
        }
        assertThat(envelopesContaining("Unrelated plans " + marker)).isEqualTo(1);
        assertThat(envelopesContaining("Unrelated leak " + marker)).isEqualTo(1);
        assertThat(bookingCreatedEnvelopesOf(parties.customerId)).as("no free text in booking.created")
                .isEqualTo(bookingsCreated).isEqualTo(2);
    }

    @Test
    void shouldDeleteTheSentEnvelopesThatNameADeletedArtisan() {
        cancel(parties.artisan(), parties.book(), "Fell ill " + marker);
        openDispute(parties.artisan(), parties.fundedEscrow(), "The customer keeps changing the plan " + marker);
        Parties others = new Parties(TRANSACTION);
        cancel(others.artisan(), others.book(), "Unrelated illness " + marker);
        TRANSACTION.awaitOutboxDrained();

        TRANSACTION.publish(new UserDeleted(parties.artisanId, "artisan@example.ng"), ServiceName.USERS);

        await().atMost(WAIT).until(() -> envelopesContaining("Fell ill " + marker) == 0);
        assertThat(envelopesContaining("The customer keeps changing the plan " + marker)).isZero();
        assertThat(envelopesContaining("Unrelated illness " + marker)).isEqualTo(1);
    }

    @Test
    void shouldWaitForAnEnvelopeNotSentYetAndEraseItOnceTheRelaySendsIt() throws SQLException {
        String bookingId = parties.book();
        String reason = "Moving abroad " + marker;
        cancel(parties.customer(), bookingId, reason);
        TRANSACTION.awaitOutboxDrained();
        holdBackFromTheRelay(reason);

        TRANSACTION.publish(new UserDeleted(parties.customerId, "waiting@example.ng"), ServiceName.USERS);

        await().atMost(WAIT).until(() -> deliveriesOfThePendingDeletion() >= 2);
        assertThat(cancelReason(bookingId)).as("the failed erasure rolled back").isEqualTo(reason);
        assertThat(envelopesContaining(reason)).isEqualTo(1);

        releaseToTheRelay(reason);

        await().atMost(WAIT).until(() -> cancelReason(bookingId) == null);
        assertThat(envelopesContaining(reason)).isZero();
        assertThat(TRANSACTION.redis().xlen("korrect:dlq:user.deleted")).isZero();
    }

    private static void cancel(ApiClient canceller, String bookingId, String reason) {
        ApiResponse cancelled = canceller.post("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", reason));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    private static void openDispute(ApiClient opener, String escrowId, String reason) {
        ApiResponse opened = opener.post("/api/v1/disputes", Map.of("escrowId", escrowId, "category", "quality",
                "reason", reason));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    private static long envelopesContaining(String text) {
        return TRANSACTION.count("SELECT COUNT(*) FROM korrect_outbox WHERE envelope LIKE ?", "%" + text + "%");
    }

    private static long bookingCreatedEnvelopesOf(String customerId) {
        return TRANSACTION.count("SELECT COUNT(*) FROM korrect_outbox WHERE event_type = ? AND envelope LIKE ?",
                EventType.BOOKING_CREATED.wireName(), "%\"customerId\":\"" + customerId + "\"%");
    }

    private static Object cancelReason(String bookingId) {
        return TRANSACTION.rows("SELECT cancel_reason FROM bookings WHERE id = ?", bookingId).get(0).get("cancel_reason");
    }

    /** How many times the group has been given the user.deleted it has not acknowledged yet (0 if none). */
    private static long deliveriesOfThePendingDeletion() {
        return TRANSACTION.redis().xpending(EventType.USER_DELETED.streamKey(), "transaction", Range.create("-", "+"),
                Limit.from(1)).stream().mapToLong(pending -> pending.getRedeliveryCount()).max().orElse(0);
    }

    /**
     * Makes the sent envelope unsent again, and keeps the relay from sending it by marking it with an
     * error, as the relay marks a row it cannot decode and then skips it.
     */
    private static void holdBackFromTheRelay(String text) throws SQLException {
        outboxUpdate("UPDATE korrect_outbox SET sent_at = NULL, error = 'held back by the test' WHERE envelope LIKE ?",
                text);
    }

    private static void releaseToTheRelay(String text) throws SQLException {
        outboxUpdate("UPDATE korrect_outbox SET error = NULL WHERE envelope LIKE ?", text);
    }

    private static void outboxUpdate(String sql, String text) throws SQLException {
        try (Connection connection = TRANSACTION.service().context().database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, "%" + text + "%");
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
