package ng.korrect.bus;

import java.math.BigDecimal;
import java.util.Optional;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;

/** Payloads for bus tests. */
final class Samples {

    private Samples() {
    }

    static BookingCreated bookingCreated(int number) {
        return new BookingCreated("booking-" + number, "customer-" + number, "artisan-1", "profile-1",
                "Plumbing: fix kitchen sink leak", "pending");
    }

    static BookingCancelled bookingCancelled(int number) {
        return new BookingCancelled("booking-" + number, "customer-" + number, "artisan-1", CancelledBy.CUSTOMER,
                Optional.of("changed plans"));
    }

    static int numberOf(BookingCreated payload) {
        return Integer.parseInt(payload.bookingId().substring("booking-".length()));
    }

    static BigDecimal price(int number) {
        return BigDecimal.valueOf(number * 100L);
    }
}
