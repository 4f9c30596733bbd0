package ng.korrect.artisan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void shouldLeaveRatesAndRatingEmptyBeforeAnyBookingEndsOrReview() {
        Figures figures = Figures.of(new BookingTrack(3, 0, 0, 0), RatingSummary.NONE, false);

        assertThat(figures.bookingCount()).isEqualTo(3);
        assertThat(figures.completionRate()).isNull();
        assertThat(figures.cancellationRate()).isNull();
        assertThat(figures.averageRating()).isNull();
        assertThat(figures.trustScore()).isEqualTo(45.0);
    }

    @Test
    void shouldLeaveTheCustomersCancellationsOutOfBothRates() {
        Figures figures = Figures.of(new BookingTrack(5, 2, 2, 1), RatingSummary.NONE, false);

        assertThat(figures.completionRate()).isEqualByComparingTo("0.6667");
        assertThat(figures.cancellationRate()).isEqualByComparingTo("0.3333");
        assertThat(figures.cancelledJobs()).isEqualTo(2);
        assertThat(figures.artisanCancellations()).isEqualTo(1);
    }

    @Test
    void shouldRoundTheAverageRatingToTwoDecimals() {
        Figures figures = Figures.of(BookingTrack.NONE, new RatingSummary(3, 13), false);

        assertThat(figures.averageRating()).isEqualTo(new BigDecimal("4.33"));
        assertThat(figures.reviewCount()).isEqualTo(3);
    }

    @Test
    void shouldRefuseCountsThatContradictEachOther() {
        assertThatThrownBy(() -> new BookingTrack(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingTrack(2, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingSummary(2, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
