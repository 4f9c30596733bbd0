package ng.korrect.transaction.booking;

import java.util.Arrays;
import java.util.Set;

/** Where a booking stands. A booking is created pending and ends confirmed or cancelled, once. */
public enum BookingStatus {
    /** Booked, the job not yet done. */
    PENDING("pending"),
    /** The job is done, with its final price. */
    CONFIRMED("confirmed"),
    /** Called off by the customer or the artisan. */
    CANCELLED("cancelled");

    private final String wireName;

    BookingStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the database, the API and the events. */
    public String wireName() {
        return wireName;
    }

    /** The statuses this one may move to: only a pending booking moves. */
    public Set<BookingStatus> next() {
        return this == PENDING ? Set.of(CONFIRMED, CANCELLED) : Set.of();
    }

    /** Whether a booking in this status may move to that one. */
    public boolean canMoveTo(BookingStatus target) {
        return next().contains(target);
    }

    /** The status of that name. */
    public static BookingStatus fromWire(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no booking status " + name));
    }
}
