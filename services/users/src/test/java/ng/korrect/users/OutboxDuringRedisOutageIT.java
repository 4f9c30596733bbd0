package ng.korrect.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxDuringRedisOutageIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    private static final int REGISTRATIONS = 6;

    @Test
    void shouldRegisterAndMailWhileRedisIsDownAndPublishEveryEventOnceInCommitOrderWhenItReturns() {
        String before = TestUsers.register(USERS, TestUsers.uniqueEmail("before.outage"));
        USERS.awaitOutboxDrained();
        long createdBefore = USERS.streamLength(EventType.USER_CREATED);
        long mailsBefore = USERS.streamLength(EventType.NOTIFICATION_SEND);

        USERS.redisServer().stop();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            ApiResponse created = USERS.api().post("/api/v1/auth/register",
                    TestUsers.registration(TestUsers.uniqueEmail("outage" + i)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            registered.add(created.body().path("userId").asText());
        }
        assertThat(USERS.count("SELECT COUNT(*) FROM korrect_outbox WHERE sent_at IS NULL")).isEqualTo(2L * REGISTRATIONS);
        for (String userId : registered) {
            assertThat(TestUsers.newestVerificationLink(USERS, userId, 1)).as("mailed while Redis is down").contains("token=");
        }
        USERS.redisServer().restart();

        USERS.awaitOutboxDrained();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                USERS.streamLength(EventType.USER_CREATED) >= createdBefore + REGISTRATIONS
                        && USERS.streamLength(EventType.NOTIFICATION_SEND) >= mailsBefore + REGISTRATIONS);
        assertThat(USERS.streamLength(EventType.USER_CREATED)).isEqualTo(createdBefore + REGISTRATIONS);
        assertThat(USERS.streamLength(EventType.NOTIFICATION_SEND)).isEqualTo(mailsBefore + REGISTRATIONS);
        List<String> created = USERS.events(UserCreated.class).stream().map(event -> event.payload().userId()).toList();
        List<String> mailed = USERS.events(NotificationSend.class).stream().map(event -> event.payload().userId()).toList();
        List<String> inOrder = new ArrayList<>(List.of(before));
        inOrder.addAll(registered);
        assertThat(created).containsExactlyElementsOf(inOrder);
        assertThat(mailed).containsExactlyElementsOf(inOrder);
    }
}
