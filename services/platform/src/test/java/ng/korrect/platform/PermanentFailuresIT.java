package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;
import ng.korrect.platform.PlatformTesting.Published;
import ng.korrect.platform.PlatformTesting.TestUser;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform group's permanent failures go to the dead letters after their one delivery, with their reason;
 * a retriable one of the same handler (a recipient not known yet) is delivered again.
 */
class PermanentFailuresIT {

    private static final String STREAM = EventType.NOTIFICATION_SEND.streamKey();
    private static final String DEAD_LETTERS = EventType.NOTIFICATION_SEND.deadLetterKey();

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(Map.of("KORRECT_DELIVERY_POLL_MS", "50")),
                    Clock.systemUTC()));

    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @Test
    void shouldDeadLetterANotificationAfterOneDeliveryWhenItsTitleIsLongerThanTheInboxKeeps() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        Published<NotificationSend> tooLong = platform.publish(new NotificationSend(ada.userId(), NotificationType.PUSH,
                "T".repeat(501), "Body", Optional.empty()), ServiceName.TRANSACTION);

        Map<String, String> deadLetter = await().atMost(PlatformTesting.WAIT).until(() -> deadLetterOf(tooLong),
                Optional::isPresent).orElseThrow();
        assertThat(deadLetter).containsEntry("deliveries", "1").containsEntry("permanent", "true");
        assertThat(deadLetter.get("error")).contains("PermanentFailureException",
                "has 501 characters, more than the 500 the inbox keeps");
        assertThat(pending()).noneMatch(entry -> entry.getId().equals(tooLong.receipt().entryId()));
        assertThat(platform.inbox(ada.userId(), Role.CUSTOMER)).noneSatisfy(notification ->
                assertThat(notification.path("body").asText()).isEqualTo("Body"));
    }

    @Test
    void shouldDeliverAgainANotificationByEmailToAUserNotKnownYet() {
        Published<NotificationSend> early = platform.publish(new NotificationSend(PlatformTesting.id("customer"),
                NotificationType.EMAIL, "Your receipt", "Thanks!", Optional.empty()), ServiceName.TRANSACTION);

        await().atMost(PlatformTesting.WAIT).until(() -> pending().stream().anyMatch(entry ->
                entry.getId().equals(early.receipt().entryId()) && entry.getRedeliveryCount() >= 2));
        assertThat(deadLetterOf(early)).isEmpty();
    }

    private static Optional<Map<String, String>> deadLetterOf(Published<?> published) {
        return PLATFORM.redis().xrange(DEAD_LETTERS, Range.create("-", "+")).stream()
                .filter(entry -> entry.getBody().get("data").contains(published.event().id().toString()))
                .findFirst().map(entry -> entry.getBody());
    }

    private static List<PendingMessage> pending() {
        return PLATFORM.redis().xpending(STREAM, "platform", Range.create("-", "+"), Limit.from(10));
    }
}
