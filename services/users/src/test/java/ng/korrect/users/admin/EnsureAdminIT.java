package ng.korrect.users.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnsureAdminIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    private static final String ADMIN_EMAIL = "admin@korrect.local";
    private static final String ADMIN_PASSWORD = "Operator-Chosen-42";

    @Test
    @Order(1)
    void shouldRefuseAWeakPasswordOrABadEmailBeforeCreatingAnything() {
        assertThatThrownBy(() -> USERS.service().ensureAdmin(ADMIN_EMAIL, "short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> USERS.service().ensureAdmin("not-an-address", ADMIN_PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts")).isZero();
    }

    @Test
    @Order(2)
    void shouldRefuseAnEmailOfAnotherAccountWhileNoAdminExists() {
        String taken = TestUsers.uniqueEmail("customer.first");
        TestUsers.register(USERS, taken);

        assertThatThrownBy(() -> USERS.service().ensureAdmin(taken, ADMIN_PASSWORD)).isInstanceOf(IllegalStateException.class);
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")).isZero();
    }

    @Test
    @Order(3)
    void shouldCreateAVerifiedAdminAndPublishUserCreatedWhenNoneExists() {
        boolean created = USERS.service().ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);

        assertThat(created).isTrue();
        Map<String, Object> row = USERS.rows("SELECT id, email_verified FROM accounts WHERE role = 'admin'").get(0);
        String adminId = (String) row.get("id");
        assertThat(row.get("email_verified")).isEqualTo(true);
        Event<UserCreated> event = USERS.awaitEvent(UserCreated.class, payload -> payload.userId().equals(adminId));
        assertThat(event.payload()).isEqualTo(new UserCreated(adminId, ADMIN_EMAIL, AdminBootstrap.FIRST_NAME,
                AdminBootstrap.LAST_NAME, Role.ADMIN));
        assertThat(event.source()).isEqualTo("users");
        assertThat(event.correlationId()).as("not caused by a request").isEmpty();
        USERS.awaitOutboxDrained();
        assertThat(TestUsers.mailsTo(USERS, adminId)).as("no verification mail for a verified admin").isEmpty();
        assertThat(USERS.events(NotificationSend.class).stream().noneMatch(mail -> mail.payload().userId().equals(adminId))).isTrue();
    }

    @Test
    @Order(4)
    void shouldLetTheAdminSignInAndActAsAdmin() {
        ApiResponse session = USERS.api().post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body().path("role").asText()).isEqualTo("admin");
        String customer = TestUsers.register(USERS, TestUsers.uniqueEmail("read.by.admin"));
        assertThat(USERS.api().as(session.body().path("accessToken").asText()).get("/api/v1/account/" + customer).status())
                .isEqualTo(200);
    }

    @Test
    @Order(5)
    void shouldCreateNoSecondAdmin() {
        boolean created = USERS.service().ensureAdmin("another.admin@korrect.local", "Another-Operator-43");

        assertThat(created).isFalse();
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")).isEqualTo(1);
        assertThat(USERS.service().ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD)).isFalse();
    }
}
