package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.awaitFigures;
import static ng.korrect.artisan.ArtisanTesting.confirmedBooking;
import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.figures;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import ng.korrect.artisan.figures.BookingTrack;
import ng.korrect.artisan.figures.RatingSummary;
import ng.korrect.artisan.figures.TrustScore;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FiguresFromEventsIT {

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, ArtisanService::new);

    @Test
    void shouldCountABookingOnBookingCreated() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ARTISAN.publish(new BookingCreated(newId("booking"), newId("customer"), artisanUserId, profileId, "Tiling",
                "pending"), ServiceName.TRANSACTION);

        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("bookingCount").asLong() == 1);
        assertThat(figures.path("completedJobs").asLong()).isZero();
        assertThat(figures.path("completionRate").isNull()).isTrue();
    }

    @Test
    void shouldCountACompletedJobAndRaiseTheTrustScoreOnBookingConfirmed() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ARTISAN.publish(new BookingConfirmed(newId("booking"), newId("customer"), artisanUserId,
                new BigDecimal("18000.00")), ServiceName.TRANSACTION);

        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("completedJobs").asLong() == 1);
        assertThat(figures.path("bookingCount").asLong()).isEqualTo(1);
        assertThat(figures.path("completionRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(figures.path("trustScore").asDouble()).isGreaterThan(45.0)
                .isEqualTo(TrustScore.of(new BookingTrack(1, 1, 0, 0), RatingSummary.NONE, false));
    }

    @Test
    void shouldHoldOnlyTheArtisansOwnCancellationsAgainstThemOnBookingCancelled() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ARTISAN.publish(new BookingCancelled(newId("booking"), newId("customer"), artisanUserId, CancelledBy.ARTISAN,
                Optional.of("Fell ill")), ServiceName.TRANSACTION);
        ARTISAN.publish(new BookingCancelled(newId("booking"), newId("customer"), artisanUserId, CancelledBy.CUSTOMER,
                Optional.empty()), ServiceName.TRANSACTION);

        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("cancelledJobs").asLong() == 2);
        assertThat(figures.path("artisanCancellations").asLong()).isEqualTo(1);
        assertThat(figures.path("cancellationRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(figures.path("completionRate").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void shouldKeepTheCompletionRateAndTrustScoreWhenAStrangerCreatesAndCancelsManyBookings() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        confirmedBooking(ARTISAN, newId("customer"), artisanUserId, profileId);
        double before = figures(ARTISAN, profileId).path("trustScore").asDouble();
        String stranger = newId("stranger");

        for (int n = 0; n < 20; n++) {
            String bookingId = newId("booking");
            ARTISAN.publish(new BookingCreated(bookingId, stranger, artisanUserId, profileId, "Plumbing", "pending"),
                    ServiceName.TRANSACTION);
            ARTISAN.publish(new BookingCancelled(bookingId, stranger, artisanUserId, CancelledBy.CUSTOMER,
                    Optional.empty()), ServiceName.TRANSACTION);
        }

        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("cancelledJobs").asLong() == 20);
        assertThat(figures.path("completionRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(figures.path("cancellationRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(figures.path("trustScore").asDouble()).isEqualTo(before);
    }

    @Test
    void shouldCountAReviewFromAnotherInstanceOnceOnReviewCreated() {
        String profileId = createProfile(ARTISAN, newId("artisan"));
        Event<ReviewCreated> review = ARTISAN.publish(new ReviewCreated(UUID.randomUUID().toString(), profileId,
                newId("customer"), 2, "Late but fine"), ServiceName.ARTISAN);
        ARTISAN.publish(new ReviewCreated(UUID.randomUUID().toString(), profileId, newId("customer"), 5, "Great"),
                ServiceName.ARTISAN);

        awaitFigures(ARTISAN, profileId, f -> f.path("reviewCount").asLong() == 2);
        long handledBefore = handledCount();
        ARTISAN.service().context().bus().publisher(ServiceName.ARTISAN).publish(review);
        ARTISAN.publish(review.payload(), ServiceName.ARTISAN);
        await().atMost(ArtisanTesting.WAIT).until(() -> handledCount() == handledBefore + 1);

        JsonNode figures = figures(ARTISAN, profileId);
        assertThat(figures.path("reviewCount").asLong()).isEqualTo(2);
        assertThat(figures.path("averageRating").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(ARTISAN.apiAs(newId("reader"), ng.korrect.catalog.payload.Role.CUSTOMER)
                .get("/api/v1/reviews?profileId=" + profileId).body().path("reviews")).hasSize(2);
    }

    @Test
    void shouldAverageTheFractionalRatingsThatTheCatalogAllowsOtherProducers() {
        String profileId = createProfile(ARTISAN, newId("artisan"));

        ARTISAN.publish(new ReviewCreated(UUID.randomUUID().toString(), profileId, newId("customer"), 4.5, "Nearly perfect"),
                ServiceName.ARTISAN);
        ARTISAN.publish(new ReviewCreated(UUID.randomUUID().toString(), profileId, newId("customer"), 4, "Good"),
                ServiceName.ARTISAN);

        JsonNode figures = awaitFigures(ARTISAN, profileId, f -> f.path("reviewCount").asLong() == 2);
        assertThat(figures.path("averageRating").decimalValue()).isEqualByComparingTo("4.25");
        JsonNode reviews = ARTISAN.apiAs(newId("reader"), ng.korrect.catalog.payload.Role.CUSTOMER)
                .get("/api/v1/reviews?profileId=" + profileId).body().path("reviews");
        assertThat(reviews.findValuesAsText("rating")).containsExactlyInAnyOrder("4.5", "4");
        assertThat(ARTISAN.redis().xlen("korrect:dlq:review.created")).isZero();
    }

    @Test
    void shouldGiveTheSameFiguresWhateverTheOrderAndHowOftenEventsArrive() {
        List<JsonNode> results = new ArrayList<>();
        for (int order = 0; order < 3; order++) {
            String artisanUserId = newId("artisan");
            String profileId = createProfile(ARTISAN, artisanUserId);
            List<EventPayload> story = story(artisanUserId, profileId);
            List<Event<EventPayload>> deliveries = deliveries(story, order);
            for (Event<EventPayload> event : deliveries) {
                ARTISAN.service().context().bus().publisher(ServiceName.TRANSACTION).publish(event);
            }
            awaitAllHandled(deliveries);
            results.add(figures(ARTISAN, profileId));
        }

        JsonNode expected = results.get(0);
        assertThat(results).allSatisfy(figures -> assertThat(figures).isEqualTo(expected));
        assertThat(expected.path("bookingCount").asLong()).isEqualTo(5);
        assertThat(expected.path("completedJobs").asLong()).isEqualTo(2);
        assertThat(expected.path("cancelledJobs").asLong()).isEqualTo(2);
        assertThat(expected.path("artisanCancellations").asLong()).isEqualTo(1);
        assertThat(expected.path("completionRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(expected.path("cancellationRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(expected.path("averageRating").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(expected.path("reviewCount").asLong()).isEqualTo(2);
        assertThat(expected.path("trustScore").asDouble())
                .isEqualTo(TrustScore.of(new BookingTrack(5, 2, 2, 1), new RatingSummary(2, 7), false));
    }

    /** Five bookings (two completed, one cancelled by each side, one pending) and two reviews by two customers. */
    private static List<EventPayload> story(String artisanUserId, String profileId) {
        String customer = newId("customer");
        List<EventPayload> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String bookingId = newId("booking");
            events.add(new BookingCreated(bookingId, customer, artisanUserId, profileId, "Plumbing", "pending"));
            switch (i) {
                case 0, 1 -> events.add(new BookingConfirmed(bookingId, customer, artisanUserId, new BigDecimal("15000.50")));
                case 2 -> events.add(new BookingCancelled(bookingId, customer, artisanUserId, CancelledBy.ARTISAN,
                        Optional.of("Double-booked")));
                case 3 -> events.add(new BookingCancelled(bookingId, customer, artisanUserId, CancelledBy.CUSTOMER,
                        Optional.empty()));
                default -> { }
            }
        }
        events.add(new ReviewCreated(UUID.randomUUID().toString(), profileId, customer, 5, "Spotless"));
        events.add(new ReviewCreated(UUID.randomUUID().toString(), profileId, newId("customer"), 2, "Slow"));
        return events;
    }

    /**
     * Order 0: as they happened, each event delivered twice (the same event again). Order 1: newest first
     * (every confirmation and cancellation before its booking.created), each payload published twice as
     * two events. Order 2: shuffled, with both kinds of duplicates.
     */
    private static List<Event<EventPayload>> deliveries(List<EventPayload> story, int order) {
        List<Event<EventPayload>> deliveries = new ArrayList<>();
        for (EventPayload payload : story) {
            Event<EventPayload> event = Event.of(payload, sourceOf(payload));
            deliveries.add(event);
            deliveries.add(order == 1 ? Event.of(payload, sourceOf(payload)) : event);
            if (order == 2) {
                deliveries.add(Event.of(payload, sourceOf(payload)));
            }
        }
        if (order == 1) {
            Collections.reverse(deliveries);
        } else if (order == 2) {
            Collections.shuffle(deliveries, new Random(7));
        }
        return deliveries;
    }

    private static ServiceName sourceOf(EventPayload payload) {
        return payload instanceof ReviewCreated ? ServiceName.ARTISAN : ServiceName.TRANSACTION;
    }

    private static void awaitAllHandled(List<Event<EventPayload>> deliveries) {
        List<String> ids = deliveries.stream().map(event -> event.id().toString()).distinct().toList();
        await().atMost(ArtisanTesting.WAIT).until(() -> ids.stream().allMatch(id ->
                ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = 'artisan' "
                        + "AND CAST(event_id AS VARCHAR(36)) = ?", id) == 1));
    }

    private static long handledCount() {
        return ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = 'artisan'");
    }
}
