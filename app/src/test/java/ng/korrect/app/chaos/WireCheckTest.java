package ng.korrect.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Test;

/** The wire check finds what it claims to: duplicate entries, lost and unexplained events, facts told twice. */
class WireCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPassWhenTheWireEqualsTheOutboxes() {
        WireSnapshot.WireEvent created = event("1-0", EventType.USER_CREATED, "e1", "{\"userId\":\"u1\",\"role\":\"customer\"}");

        assertThat(check(List.of(created), List.of(outbox("e1")), new Ledger())).isEmpty();
    }

    @Test
    void shouldReportTheSameEventIdInTwoEntriesAsADuplicate() {
        WireSnapshot.WireEvent first = event("1-0", EventType.BOOKING_CREATED, "e1", "{\"bookingId\":\"b1\"}");
        WireSnapshot.WireEvent again = event("2-0", EventType.BOOKING_CREATED, "e1", "{\"bookingId\":\"b1\"}");

        assertThat(check(List.of(first, again), List.of(outbox("e1")), new Ledger()))
                .extracting(Violation::check).containsExactly("wire: duplicate entry");
    }

    @Test
    void shouldReportAnOutboxEventMissingFromTheWireAsLost() {
        assertThat(check(List.of(), List.of(outbox("e1")), new Ledger())).extracting(Violation::check).containsExactly("wire: lost");
    }

    @Test
    void shouldAcceptAnEventOnlyOnTheWireWhenItNamesADeletedUser() {
        WireSnapshot.WireEvent created = event("1-0", EventType.USER_CREATED, "e1", "{\"userId\":\"u1\"}");
        WireSnapshot.WireEvent deleted = event("2-0", EventType.USER_DELETED, "e2", "{\"userId\":\"u1\"}");
        WireSnapshot.WireEvent stranger = event("3-0", EventType.USER_CREATED, "e3", "{\"userId\":\"u2\"}");

        assertThat(check(List.of(created, deleted, stranger), List.of(outbox("e2")), new Ledger()))
                .extracting(Violation::found).singleElement().asString().contains("\"e3\"");
    }

    @Test
    void shouldReportTwoEventsTellingTheSameFactAndAnAcknowledgedCreationWithoutItsEvent() {
        WireSnapshot.WireEvent paid = event("1-0", EventType.PAYMENT_RECEIVED, "e1", "{\"paymentId\":\"p1\"}");
        WireSnapshot.WireEvent paidAgain = event("2-0", EventType.PAYMENT_RECEIVED, "e2", "{\"paymentId\":\"p1\"}");
        Ledger ledger = new Ledger();
        ledger.accounts.add(new Ledger.Account("u9", "u9@chaos", "pw", "customer", "Okoro", true));

        assertThat(check(List.of(paid, paidAgain), List.of(outbox("e1"), outbox("e2")), ledger))
                .extracting(Violation::check).containsExactlyInAnyOrder("wire: fact told twice", "wire: acknowledged creation");
    }

    @Test
    void shouldRequireA503UnavailableDuringADatabaseCutAndNoHangEver() {
        Journal journal = new Journal();
        journal.record(new Journal.Entry("a0", "book", "POST /api/v1/bookings", Journal.Outcome.OTHER_STATUS, 500, "internal", false,
                1, 1, 100, 200));
        journal.record(new Journal.Entry("a0", "book", "POST /api/v1/bookings", Journal.Outcome.OTHER_STATUS, 503, "unavailable",
                false, 1, 1, 300, 400));
        journal.record(new Journal.Entry("a1", "rename", "PATCH /api/v1/account/me", Journal.Outcome.NO_ANSWER, 0, "", true,
                2, 2, 10_000_000_000L, 20_000_000_000L));

        assertThat(AnswerCheck.check(journal, List.of(new AnswerCheck.Window(0, 1_000))))
                .extracting(Violation::check).containsExactly("answers: database cut", "answers: hang");
    }

    @Test
    void shouldNameTheBookingEventTheArtisanNeverHandledOrHandledWithoutItsEffect() {
        WireSnapshot.WireEvent created = event("1-0", EventType.BOOKING_CREATED, "e1", "{\"bookingId\":\"b1\",\"artisanId\":\"a1\"}");
        WireSnapshot.WireEvent confirmed = event("2-0", EventType.BOOKING_CONFIRMED, "e2", "{\"bookingId\":\"b1\",\"artisanId\":\"a1\"}");
        WireSnapshot.WireEvent other = event("3-0", EventType.BOOKING_CREATED, "e3", "{\"bookingId\":\"b2\",\"artisanId\":\"a1\"}");
        WireSnapshot wire = new WireSnapshot(List.of(created, confirmed, other), Map.of(), Map.of());
        DatabaseSnapshot databases = new DatabaseSnapshot(List.of(), List.of(),
                List.of(new DatabaseSnapshot.ArtisanBooking("b1", "a1", true, false),
                        new DatabaseSnapshot.ArtisanBooking("b2", "a1", true, false)),
                java.util.Set.of("e1", "e2"), java.util.Set.of());

        List<Violation> violations = ArtisanLedgerCheck.check(wire, databases, new ErasedParties(wire, new Ledger()));

        assertThat(violations).extracting(Violation::check).containsOnly("effects: artisan read model");
        assertThat(violations).extracting(Violation::toString).satisfiesExactly(
                neverHandled -> assertThat(neverHandled).contains("booking.created e3", "not handled"),
                handledWithoutEffect -> assertThat(handledWithoutEffect).contains("booking.confirmed e2", "handled, row"));
    }

    @Test
    void shouldSayWhetherThePlatformHandledAnEventWhoseNotificationIsMissingAndWhomItsOthersWentTo() {
        WireSnapshot.WireEvent confirmed = event("5-0", EventType.BOOKING_CONFIRMED, "e5",
                "{\"bookingId\":\"b1\",\"customerId\":\"c1\",\"artisanId\":\"a1\"}");
        WireSnapshot wire = new WireSnapshot(List.of(confirmed), Map.of(), Map.of());
        DatabaseSnapshot databases = new DatabaseSnapshot(List.of(),
                List.of(new DatabaseSnapshot.NotificationRow("e5", "c1", "booking_completed")), List.of(), java.util.Set.of(),
                java.util.Set.of("e5"));

        List<Violation> violations = new ConsumerEffectCheck().check(wire, databases, new ErasedParties(wire, new Ledger()));

        assertThat(violations).singleElement().extracting(Violation::toString).asString()
                .contains("for user a1", "handled by group platform, entry 5-0, its notifications: [c1 booking_completed]");
    }

    private static List<Violation> check(List<WireSnapshot.WireEvent> events, List<DatabaseSnapshot.OutboxRow> outbox, Ledger ledger) {
        WireSnapshot wire = new WireSnapshot(events, Map.of(), Map.of());
        DatabaseSnapshot databases = new DatabaseSnapshot(outbox, List.of(), List.of(), java.util.Set.of(), java.util.Set.of());
        return new WireCheck().check(wire, databases, ledger,
                new ErasedParties(wire, ledger));
    }

    private static WireSnapshot.WireEvent event(String entryId, EventType type, String id, String payload) {
        try {
            String data = "{\"id\":\"" + id + "\",\"type\":\"" + type.wireName() + "\",\"payload\":" + payload + "}";
            return new WireSnapshot.WireEvent(entryId, type, id, JSON.readTree(payload), data);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static DatabaseSnapshot.OutboxRow outbox(String eventId) {
        return new DatabaseSnapshot.OutboxRow(ServiceName.USERS, eventId, "any", true, null);
    }
}
