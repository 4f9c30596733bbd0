package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the platform on one PostgreSQL schema and one Redis, as two processes run them: both
 * consume {@code notification.send} in one group and both delivery workers poll the one table, and each
 * delivery is attempted once and posted to its provider once.
 */
class SeveralInstancesIT {

    private static final FakeProviders PROVIDERS = FakeProviders.start();
    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(Map.of("KORRECT_DELIVERY_POLL_MS", "10",
                    "KORRECT_PUSH_URL", PROVIDERS.url() + "/push", "KORRECT_PUSH_KEY", "push-key",
                    "KORRECT_USERS_URL", PROVIDERS.url() + "/users")), CLOCK));

    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @AfterAll
    static void stopProviders() {
        PROVIDERS.close();
    }

    @Test
    void shouldPostEachDeliveryToItsProviderOnceWhenTwoInstancesWorkTheTable() {
        PLATFORM.startAnotherInstance();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String userId = PlatformTesting.id("customer");
            users.add(userId);
            platform.publish(new NotificationSend(userId, NotificationType.PUSH, "Hello", "Push " + i, Optional.empty()),
                    ServiceName.TRANSACTION);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> PLATFORM.count(
                "SELECT COUNT(*) FROM deliveries WHERE status = 'delivered' AND channel = 'push'") == users.size());

        Map<String, Long> posted = PROVIDERS.received("/push").stream()
                .collect(Collectors.groupingBy(received -> received.body().path("to").asText(), Collectors.counting()));
        assertThat(posted).as("pushes posted per user").isEqualTo(users.stream()
                .collect(Collectors.toMap(Function.identity(), user -> 1L)));
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM deliveries WHERE channel = 'push' AND attempts = 1"))
                .as("deliveries attempted once").isEqualTo(users.size());
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM notifications")).as("one notification per event")
                .isEqualTo(users.size());
    }
}
