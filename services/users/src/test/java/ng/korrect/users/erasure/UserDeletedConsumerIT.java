package ng.korrect.users.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletedConsumerIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    private static final String STREAM = EventType.USER_DELETED.streamKey();

    @Test
    void shouldRemoveTheAccountAndItsVerificationLinksWhenAnotherInstanceDeletedTheUser() {
        String email = TestUsers.uniqueEmail("elsewhere");
        String userId = TestUsers.register(USERS, email);
        assertThat(USERS.count("SELECT COUNT(*) FROM verification_tokens WHERE user_id = ?", userId)).isEqualTo(1);

        USERS.publish(new UserDeleted(userId, email), ServiceName.USERS);

        await().atMost(Duration.ofSeconds(15)).until(() ->
                USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId) == 0);
        assertThat(USERS.count("SELECT COUNT(*) FROM verification_tokens WHERE user_id = ?", userId)).isZero();
        assertThat(USERS.apiAs(userId, Role.CUSTOMER).get("/api/v1/account/me").status())
                .as("the token of a deleted account").isEqualTo(401);
    }

    @Test
    void shouldDeleteTheSentOutboxEnvelopesThatCarryTheUsersEmailAndNames() {
        String email = TestUsers.uniqueEmail("outboxed");
        String userId = TestUsers.register(USERS, email);
        assertThat(USERS.count("SELECT COUNT(*) FROM korrect_outbox WHERE envelope LIKE ?", "%" + email + "%"))
                .as("user.created and the verification mail").isEqualTo(2);

        assertThat(USERS.apiAs(userId, Role.CUSTOMER).delete("/api/v1/account/me").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15)).until(() ->
                USERS.count("SELECT COUNT(*) FROM korrect_outbox WHERE envelope LIKE ?", "%" + email + "%") == 0);
        assertThat(USERS.count("SELECT COUNT(*) FROM korrect_outbox WHERE envelope LIKE ?", "%" + userId + "%")).isZero();
        assertThat(USERS.events(UserDeleted.class)).anySatisfy(event -> assertThat(event.payload().email()).isEqualTo(email));
    }

    @Test
    void shouldChangeNothingOnASecondDeliveryOfTheSameEvent() throws Exception {
        String email = TestUsers.uniqueEmail("redelivered");
        String userId = TestUsers.register(USERS, email);
        Event<UserDeleted> event = USERS.publish(new UserDeleted(userId, email), ServiceName.USERS);
        awaitGroupCaughtUp();
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ?", userId)).isZero();
        insertVerificationToken(userId);

        USERS.service().context().bus().publisher(ServiceName.USERS).publish(event);
        awaitGroupCaughtUp();

        assertThat(USERS.count("SELECT COUNT(*) FROM verification_tokens WHERE user_id = ?", userId))
                .as("the second delivery was not handled again").isEqualTo(1);
        assertThat(USERS.count("SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = ? AND event_id = ?",
                "users", event.id())).isEqualTo(1);
    }

    @Test
    void shouldHandleAUserItNeverKnew() {
        Event<UserDeleted> event = USERS.publish(new UserDeleted(UUID.randomUUID().toString(), "stranger@example.ng"),
                ServiceName.USERS);

        await().atMost(Duration.ofSeconds(15)).until(() -> USERS.count(
                "SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = ? AND event_id = ?", "users", event.id()) == 1);
        assertThat(USERS.redis().xlen("korrect:dlq:user.deleted")).isZero();
    }

    /** Waits until the group {@code users} has been given the newest entry and acknowledged everything. */
    private static void awaitGroupCaughtUp() {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            List<io.lettuce.core.StreamMessage<String, String>> newest = USERS.redis().xrevrange(STREAM, Range.create("-", "+"),
                    io.lettuce.core.Limit.from(1));
            Map<String, Object> group = usersGroup();
            return !newest.isEmpty() && newest.get(0).getId().equals(String.valueOf(group.get("last-delivered-id")))
                    && ((Number) group.get("pending")).longValue() == 0;
        });
    }

    private static Map<String, Object> usersGroup() {
        for (Object group : USERS.redis().xinfoGroups(STREAM)) {
            List<?> fields = (List<?>) group;
            Map<String, Object> info = new java.util.HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            if ("users".equals(info.get("name"))) {
                return info;
            }
        }
        return Map.of("last-delivered-id", "none", "pending", 0L);
    }

    private static void insertVerificationToken(String userId) throws Exception {
        try (Connection connection = USERS.service().context().database().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO verification_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString().replace("-", ""));
            insert.setString(2, userId);
            insert.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            insert.setObject(4, Instant.now().plusSeconds(60).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
