package ng.korrect.artisan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrustScoreTest {

    @Test
    void shouldPlaceANewArtisanWithNoJobsAtTheNeutralMiddle() {
        assertThat(TrustScore.of(BookingTrack.NONE, RatingSummary.NONE, false)).isEqualTo(45.0);
    }

    @Test
    void shouldAddTheVerificationBonusToANewArtisan() {
        assertThat(TrustScore.of(BookingTrack.NONE, RatingSummary.NONE, true)).isEqualTo(55.0);
    }

    @Test
    void shouldLowerButNotSinkTheScoreAfterOneBadReview() {
        double score = TrustScore.of(BookingTrack.NONE, new RatingSummary(1, 1), false);

        assertThat(score).isLessThan(45.0).isGreaterThan(35.0).isEqualTo(42.0);
    }

    @Test
    void shouldSinkTheScoreOfAnArtisanWhoCancelsManyJobs() {
        double score = TrustScore.of(new BookingTrack(20, 0, 20, 20), RatingSummary.NONE, false);

        assertThat(score).isEqualTo(23.4);
    }

    @Test
    void shouldNotHoldCustomerCancellationsAgainstTheArtisanReliability() {
        double byCustomers = TrustScore.of(new BookingTrack(20, 0, 20, 0), RatingSummary.NONE, false);
        double byArtisan = TrustScore.of(new BookingTrack(20, 0, 20, 20), RatingSummary.NONE, false);

        assertThat(byCustomers).isGreaterThan(byArtisan);
    }

    @Test
    void shouldLeaveANewArtisansScoreAloneWhenCustomersCreateAndCancelBookings() {
        double flooded = TrustScore.of(new BookingTrack(20, 0, 20, 0), RatingSummary.NONE, false);
        double record = TrustScore.of(new BookingTrack(21, 1, 20, 0), RatingSummary.NONE, false);

        assertThat(flooded).isEqualTo(45.0);
        assertThat(record).isEqualTo(TrustScore.of(new BookingTrack(1, 1, 0, 0), RatingSummary.NONE, false));
    }

    @Test
    void shouldRewardALongPerfectRecordWithoutPassingOneHundred() {
        double verified = TrustScore.of(new BookingTrack(100, 100, 0, 0), new RatingSummary(50, 250), true);
        double unverified = TrustScore.of(new BookingTrack(100, 100, 0, 0), new RatingSummary(50, 250), false);

        assertThat(verified).isEqualTo(97.1);
        assertThat(unverified).isLessThanOrEqualTo(90.0).isEqualTo(87.1);
    }

    @Test
    void shouldGrowMoreConfidentWithMoreJobsOfTheSameQuality() {
        double few = TrustScore.of(new BookingTrack(2, 2, 0, 0), new RatingSummary(2, 10), false);
        double many = TrustScore.of(new BookingTrack(40, 40, 0, 0), new RatingSummary(40, 200), false);

        assertThat(many).isGreaterThan(few);
    }

    @Test
    void shouldStayBetweenZeroAndOneHundredForAnyRecord() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long cancelled = random.nextInt(1_000);
            long completed = random.nextInt(1_000);
            long reviews = random.nextInt(500);
            BookingTrack track = new BookingTrack(completed + cancelled + random.nextInt(10), completed, cancelled,
                    cancelled == 0 ? 0 : random.nextLong(cancelled + 1));
            RatingSummary ratings = new RatingSummary(reviews, reviews + (reviews == 0 ? 0 : random.nextLong(4 * reviews + 1)));

            assertThat(TrustScore.of(track, ratings, random.nextBoolean())).isBetween(0.0, 100.0);
        }
    }

    @Test
    void shouldReachTheExtremesOnlyInTheLimit() {
        double worst = TrustScore.of(new BookingTrack(1_000_000, 0, 1_000_000, 1_000_000), new RatingSummary(1_000_000, 1_000_000), false);
        double best = TrustScore.of(new BookingTrack(1_000_000, 1_000_000, 0, 0), new RatingSummary(1_000_000, 5_000_000), true);

        assertThat(worst).isEqualTo(0.0);
        assertThat(best).isEqualTo(100.0);
    }
}
