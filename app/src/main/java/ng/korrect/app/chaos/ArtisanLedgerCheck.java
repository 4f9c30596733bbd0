package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;

/**
 * Check (c), one level below the figures: every {@code booking.created} and {@code booking.confirmed} on the wire
 * whose artisan still exists was handled by the artisan group (its event id in the group's handled events) and
 * left its mark on the artisan's booking read model, which the figures count. Where the figures are off, this says
 * which booking and which of the two is missing: the handled mark (the event was never handled) or the row's flag
 * (handled without its effect).
 */
final class ArtisanLedgerCheck {

    private ArtisanLedgerCheck() {
    }

    /** The violations of the artisan's read model against the wire, after the platform stopped. */
    static List<Violation> check(WireSnapshot wire, DatabaseSnapshot databases, ErasedParties erased) {
        Map<String, DatabaseSnapshot.ArtisanBooking> rows = databases.artisanBookings().stream()
                .collect(Collectors.toMap(DatabaseSnapshot.ArtisanBooking::bookingId, Function.identity(), (a, b) -> a));
        List<Violation> violations = new ArrayList<>();
        for (EventType type : List.of(EventType.BOOKING_CREATED, EventType.BOOKING_CONFIRMED)) {
            for (WireSnapshot.WireEvent event : wire.of(type)) {
                if (erased.deleted(event.field("artisanId"))) {
                    continue;
                }
                String where = type.wireName() + " " + event.eventId() + " (entry " + event.entryId() + ") of booking "
                        + event.field("bookingId");
                DatabaseSnapshot.ArtisanBooking row = rows.get(event.field("bookingId"));
                boolean handled = databases.artisanHandled().contains(event.eventId());
                boolean marked = row != null && (type == EventType.BOOKING_CREATED ? row.created() : row.confirmed());
                if (!handled || !marked) {
                    violations.add(new Violation("effects: artisan read model", where + " handled by group artisan and "
                            + "marked on its booking row", (handled ? "handled" : "not handled") + ", "
                            + (row == null ? "no row" : "row " + row)));
                }
            }
        }
        return violations;
    }
}
