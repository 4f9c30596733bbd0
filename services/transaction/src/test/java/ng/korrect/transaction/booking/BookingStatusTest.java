package ng.korrect.transaction.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BookingStatusTest {

    @Test
    void shouldLetAPendingBookingBeConfirmedOrCancelled() {
        assertThat(BookingStatus.PENDING.canMoveTo(BookingStatus.CONFIRMED)).isTrue();
        assertThat(BookingStatus.PENDING.canMoveTo(BookingStatus.CANCELLED)).isTrue();
        assertThat(BookingStatus.PENDING.canMoveTo(BookingStatus.PENDING)).isFalse();
    }

    @Test
    void shouldLetNothingMoveOnceConfirmedOrCancelled() {
        for (BookingStatus target : BookingStatus.values()) {
            assertThat(BookingStatus.CONFIRMED.canMoveTo(target)).as("confirmed to " + target).isFalse();
            assertThat(BookingStatus.CANCELLED.canMoveTo(target)).as("cancelled to " + target).isFalse();
        }
    }

    @Test
    void shouldReadEveryStatusBackFromItsWireName() {
        for (BookingStatus status : BookingStatus.values()) {
            assertThat(BookingStatus.fromWire(status.wireName())).isEqualTo(status);
        }
        assertThatThrownBy(() -> BookingStatus.fromWire("done")).isInstanceOf(IllegalArgumentException.class);
    }
}
