package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletedIT {

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ArtisanStub.settings(Map.of()), Clock.systemUTC()));

    private final Parties parties = new Parties(TRANSACTION);

    @Test
    void shouldEraseTheCustomersPersonalDataAndKeepEveryFinancialRecord() {
        String cancelledByCustomer = parties.book();
        parties.customer().post("/api/v1/bookings/" + cancelledByCustomer + "/cancel", Map.of("reason", "Moving house"));
        String cancelledByArtisan = parties.book();
        parties.artisan().post("/api/v1/bookings/" + cancelledByArtisan + "/cancel", Map.of("reason", "Fell ill"));
        String refunded = parties.escrow();
        parties.customer().post("/api/v1/escrow/" + refunded + "/fund", Map.of("amount", "100"));
        parties.customer().post("/api/v1/escrow/" + refunded + "/refund", Map.of("reason", "My sister lives at 4 Ojo Road"));
        String disputeId = parties.openDispute(parties.fundedEscrow());

        TRANSACTION.publish(new UserDeleted(parties.customerId, "deleted@example.ng"), ServiceName.USERS);

        await().atMost(Duration.ofSeconds(15)).until(() -> booking(cancelledByCustomer).get("address") == null);
        assertThat(booking(cancelledByCustomer)).containsEntry("notes", null).containsEntry("cancel_reason", null)
                .containsEntry("customer_id", parties.customerId).containsEntry("status", "cancelled");
        assertThat(((java.math.BigDecimal) booking(cancelledByCustomer).get("quoted_price"))).isEqualByComparingTo("15000");
        assertThat(booking(cancelledByArtisan)).containsEntry("address", null).containsEntry("cancel_reason", "Fell ill");
        Map<String, Object> escrow = TRANSACTION.rows("SELECT * FROM escrows WHERE id = ?", refunded).get(0);
        assertThat(escrow).containsEntry("refund_reason", null).containsEntry("customer_id", parties.customerId);
        assertThat(((java.math.BigDecimal) escrow.get("refunded"))).isEqualByComparingTo("100");
        Map<String, Object> dispute = TRANSACTION.rows("SELECT * FROM disputes WHERE id = ?", disputeId).get(0);
        assertThat(dispute).containsEntry("reason", null).containsEntry("category", "quality")
                .containsEntry("opened_by", parties.customerId);
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM payments WHERE customer_id = ?", parties.customerId)).isEqualTo(2);
    }

    @Test
    void shouldEraseOnlyWhatTheDeletedArtisanWrote() {
        String bookingId = parties.book();
        parties.artisan().post("/api/v1/bookings/" + bookingId + "/cancel", Map.of("reason", "Fell ill"));

        TRANSACTION.publish(new UserDeleted(parties.artisanId, "artisan@example.ng"), ServiceName.USERS);

        await().atMost(Duration.ofSeconds(15)).until(() -> booking(bookingId).get("cancel_reason") == null);
        assertThat(booking(bookingId)).containsEntry("address", "12 Allen Avenue, Ikeja")
                .containsEntry("artisan_id", parties.artisanId);
    }

    @Test
    void shouldChangeNothingWhenTheSameEventIsDeliveredAgain() {
        String before = parties.book();
        Event<UserDeleted> event = TRANSACTION.publish(new UserDeleted(parties.customerId, "again@example.ng"),
                ServiceName.USERS);
        await().atMost(Duration.ofSeconds(15)).until(() -> booking(before).get("address") == null);
        // Written after the erasure (the deleted customer's own token is refused since, so not through the API):
        // a second delivery of the same event must not erase it.
        try (var connection = TRANSACTION.service().context().database().dataSource().getConnection();
             var update = connection.prepareStatement("UPDATE bookings SET address = ?, notes = ? WHERE id = ?")) {
            update.setString(1, "12 Allen Avenue, Ikeja");
            update.setString(2, "Gate code 4411");
            update.setString(3, before);
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }

        TRANSACTION.service().context().bus().publisher(ServiceName.USERS).publish(event);
        awaitGroupCaughtUp();

        assertThat(booking(before)).containsEntry("address", "12 Allen Avenue, Ikeja").containsEntry("notes", "Gate code 4411");
        assertThat(TRANSACTION.count("SELECT COUNT(*) FROM korrect_handled_events WHERE event_id = ?", event.id()))
                .isEqualTo(1);
    }

    private static Map<String, Object> booking(String id) {
        return TRANSACTION.rows("SELECT * FROM bookings WHERE id = ?", id).get(0);
    }

    /** Waits until the group has been handed, and has acknowledged, every user.deleted entry. */
    private static void awaitGroupCaughtUp() {
        String stream = EventType.USER_DELETED.streamKey();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            List<StreamMessage<String, String>> last = TRANSACTION.redis().xrevrange(stream, Range.create("-", "+"),
                    Limit.from(1));
            Map<String, String> group = group(stream, "transaction");
            return group.get("last-delivered-id").equals(last.get(0).getId()) && group.get("pending").equals("0");
        });
    }

    private static Map<String, String> group(String stream, String name) {
        for (Object entry : TRANSACTION.redis().xinfoGroups(stream)) {
            List<?> fields = (List<?>) entry;
            Map<String, String> group = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                group.put(String.valueOf(fields.get(i)), String.valueOf(fields.get(i + 1)));
            }
            if (name.equals(group.get("name"))) {
                return group;
            }
        }
        return Map.of("last-delivered-id", "", "pending", "");
    }
}
