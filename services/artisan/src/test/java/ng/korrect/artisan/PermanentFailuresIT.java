package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.WAIT;
import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.artisan.review.ReviewReactions;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The artisan group's permanent failures: each goes to the dead letters after its one delivery, with its
 * reason, instead of waiting through the group's retries (a retriable failure of the same handlers, Users
 * being down, is retried: {@code UserUpdatedIT}).
 */
class PermanentFailuresIT {

    static final UsersStub USERS = UsersStub.start();

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, config ->
            new ArtisanService(config, ArtisanSettings.fromMap(Map.of(ArtisanSettings.USERS_URL, USERS.url(),
                    ArtisanSettings.USERS_TIMEOUT_MS, "500", ArtisanSettings.USERS_ATTEMPTS, "2")), Clock.systemUTC()));

    @Test
    void shouldDeadLetterAnUpdateAfterOneDeliveryAndOneRequestWhenUsersRefusesTheRequestItself() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        USERS.refuse(artisanUserId, 403);

        Event<UserUpdated> refused = ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName")), ServiceName.USERS);

        Map<String, String> deadLetter = awaitTheDeadLetterOf(refused);
        assertThat(deadLetter).containsEntry("deliveries", "1").containsEntry("permanent", "true");
        assertThat(deadLetter.get("error")).contains("PeerRefusedException", "/api/v1/account/" + artisanUserId, "answered 403");
        assertThat(USERS.paths()).filteredOn(("/api/v1/account/" + artisanUserId)::equals).hasSize(1);
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE CAST(event_id AS VARCHAR(36)) = ?",
                refused.id().toString())).isZero();
    }

    @Test
    void shouldDeadLetterAReviewAfterOneDeliveryWhenItsTitleIsLongerThanAReviewKeeps() {
        String profileId = createProfile(ARTISAN, newId("artisan"));
        String title = "A".repeat(ReviewReactions.MAX_TITLE_LENGTH + 1);

        Event<ReviewCreated> review = ARTISAN.publish(new ReviewCreated(UUID.randomUUID().toString(), profileId,
                newId("customer"), 5, title), ServiceName.ARTISAN);

        Map<String, String> deadLetter = awaitTheDeadLetterOf(review);
        assertThat(deadLetter).containsEntry("deliveries", "1").containsEntry("permanent", "true");
        assertThat(deadLetter.get("error")).contains("PermanentFailureException",
                "title of " + (ReviewReactions.MAX_TITLE_LENGTH + 1) + " characters");
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM reviews WHERE profile_id = ?", profileId)).isZero();
    }

    @Test
    void shouldDeadLetterABookingAfterOneDeliveryWhenTheDatabaseCannotHoldItsIdWhateverTheDelivery() {
        String longId = "booking-" + "7".repeat(200);

        Event<BookingCreated> booking = ARTISAN.publish(new BookingCreated(longId, newId("customer"), newId("artisan"),
                newId("profile"), "Plumbing", "pending"), ServiceName.TRANSACTION);

        Map<String, String> deadLetter = awaitTheDeadLetterOf(booking);
        assertThat(deadLetter).as("a SQL data exception (SQLState 22001) is permanent by the bus's defaults")
                .containsEntry("deliveries", "1").containsEntry("permanent", "true");
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM bookings WHERE booking_id = ?", longId)).isZero();
    }

    /** Waits for the event's dead letter, and for its entry to be acknowledged with it; returns its fields. */
    private static Map<String, String> awaitTheDeadLetterOf(Event<?> event) {
        EventType type = event.type();
        Map<String, String> deadLetter = await().atMost(WAIT).until(() -> ARTISAN.redis()
                        .xrange(type.deadLetterKey(), Range.create("-", "+")).stream()
                        .filter(entry -> entry.getBody().get("data").contains(event.id().toString()))
                        .findFirst().map(entry -> entry.getBody()),
                found -> found.isPresent()).orElseThrow();
        assertThat(ARTISAN.redis().xpending(type.streamKey(), "artisan").getCount()).isZero();
        return deadLetter;
    }
}
