package ng.korrect.service.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ng.korrect.bus.outbox.OutboxTable;
import ng.korrect.bus.outbox.TransactionalOutbox;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.ReviewCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link OutboxEnvelopes} does on every database the kit supports; one subclass per database. */
abstract class OutboxEnvelopesContract {

    private static final Set<EventType> WITH_REASONS = Set.of(EventType.BOOKING_CANCELLED, EventType.DISPUTE_OPENED);

    private final TransactionalOutbox outbox = new TransactionalOutbox(OutboxTable.standard(), EventCodec.create());
    private final OutboxEnvelopes envelopes = new OutboxEnvelopes();
    private Connection connection;

    /** The database under test. */
    abstract JdbcTestDatabase database();

    @BeforeEach
    void connect() {
        connection = database().connection();
    }

    @Test
    void shouldDeleteOnlyTheSentEnvelopesOfThoseTypesThatHaveTheValueInThatField() throws SQLException {
        sent(cancelled("ada", "bo"));
        sent(new DisputeOpened("d-1", "c-1", "e-1", "ada", "bo", "quality", "The pipe still leaks"));
        UUID adaAsArtisan = sent(cancelled("cy", "ada"));
        UUID adam = sent(cancelled("adam", "bo"));
        UUID adaOfAnotherType = sent(new ReviewCreated("r-1", "p-1", "ada", 2, "Meh"));

        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "ada");

        assertThat(remaining()).containsExactlyInAnyOrder(adaAsArtisan, adam, adaOfAnotherType);
    }

    @Test
    void shouldDeleteTheSentEnvelopesOfEveryTypeWhenNoTypeIsGiven() throws SQLException {
        sent(cancelled("ada", "bo"));
        sent(new ReviewCreated("r-1", "p-1", "ada", 2, "Meh"));
        UUID other = sent(cancelled("bo", "ada"));

        envelopes.forgetSent(connection, Set.of(), "customerId", "ada");

        assertThat(remaining()).containsExactly(other);
    }

    @Test
    void shouldDeleteNothingAndSayWhyWhileAMatchingEnvelopeIsNotSent() throws SQLException {
        UUID sent = sent(cancelled("ada", "bo"));
        UUID unsent = unsent(new DisputeOpened("d-1", "c-1", "e-1", "ada", "bo", "quality", "The pipe still leaks"));

        assertThatThrownBy(() -> envelopes.forgetSent(connection, WITH_REASONS, "customerId", "ada"))
                .isInstanceOf(EnvelopeNotSentException.class).hasMessageContaining("customerId ada");

        assertThat(remaining()).containsExactlyInAnyOrder(sent, unsent);
    }

    @Test
    void shouldNotWaitForUnsentEnvelopesOfOtherTypesFieldsOrValues() throws SQLException {
        sent(cancelled("ada", "bo"));
        UUID otherType = unsent(new ReviewCreated("r-1", "p-1", "ada", 2, "Meh"));
        UUID otherField = unsent(cancelled("cy", "ada"));
        UUID otherValue = unsent(cancelled("adam", "bo"));

        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "ada");

        assertThat(remaining()).containsExactlyInAnyOrder(otherType, otherField, otherValue);
    }

    @Test
    void shouldMatchWildcardsQuotesAndBackslashesOnlyLiterally() throws SQLException {
        UUID plain = sent(cancelled("abc", "bo"));
        UUID underscore = sent(cancelled("a_c", "bo"));
        UUID quoted = sent(cancelled("say \"50% off\" \\o/", "bo"));

        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "a%");
        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "_bc");
        assertThat(remaining()).containsExactlyInAnyOrder(plain, underscore, quoted);

        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "a_c");
        envelopes.forgetSent(connection, WITH_REASONS, "customerId", "say \"50% off\" \\o/");
        assertThat(remaining()).containsExactly(plain);
    }

    private static BookingCancelled cancelled(String customerId, String artisanId) {
        return new BookingCancelled("b-" + UUID.randomUUID(), customerId, artisanId, CancelledBy.CUSTOMER,
                Optional.of("Moving house"));
    }

    private UUID sent(EventPayload payload) throws SQLException {
        UUID id = unsent(payload);
        Sql.update(connection, "UPDATE korrect_outbox SET sent_at = ? WHERE event_id = ?", Instant.now(), id);
        return id;
    }

    private UUID unsent(EventPayload payload) throws SQLException {
        Event<EventPayload> event = Event.of(payload, ServiceName.TRANSACTION);
        outbox.add(connection, event);
        return event.id();
    }

    private Set<UUID> remaining() throws SQLException {
        return new HashSet<>(Sql.list(connection, row -> row.getObject(1, UUID.class), "SELECT event_id FROM korrect_outbox"));
    }
}
