package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.users.mail.Mail;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistrationIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture(CLOCK);

    private static final String REGISTER = "/api/v1/auth/register";

    @Test
    void shouldCreateTheAccountAndPublishUserCreatedWithEveryField() {
        String email = TestUsers.uniqueEmail("Chidi.Eze");
        Map<String, Object> body = TestUsers.registration(email);
        body.put("firstName", "Chidi");
        body.put("lastName", "Eze");
        body.put("role", "artisan");

        ApiResponse created = USERS.api().withHeader("X-Correlation-Id", "register-chidi").post(REGISTER, body);

        assertThat(created.status()).isEqualTo(201);
        String userId = created.body().path("userId").asText();
        assertThat(userId).isNotBlank();
        Event<UserCreated> event = USERS.awaitEvent(UserCreated.class, payload -> payload.userId().equals(userId));
        assertThat(event.payload()).isEqualTo(new UserCreated(userId, email, "Chidi", "Eze", Role.ARTISAN));
        assertThat(event.source()).isEqualTo("users");
        assertThat(event.correlationId()).contains("register-chidi");
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ? AND email_verified = FALSE", userId)).isEqualTo(1);
    }

    @Test
    void shouldMailTheVerificationLinkToTheAddressAloneAndTellTheAppWithoutIt() {
        String email = TestUsers.uniqueEmail("bola");
        ApiResponse created = USERS.api().post(REGISTER, TestUsers.registration(email));
        String userId = created.body().path("userId").asText();

        String link = TestUsers.newestVerificationLink(USERS, userId, 1);

        assertThat(link).matches("http://localhost:3001/api/v1/auth/verify-email\\?token=[A-Za-z0-9_-]{43}");
        Mail mail = TestUsers.mailsTo(USERS, userId).get(0);
        assertThat(mail.to()).isEqualTo(email);
        assertThat(mail.subject()).isEqualTo("Confirm your email address");
        assertThat(mail.text()).contains(link).contains("Adaeze").contains(email);
        assertThat(created.body().toString()).doesNotContain(token(link));
        USERS.awaitOutboxDrained();
        NotificationSend notice = USERS.awaitEvent(NotificationSend.class, payload -> payload.userId().equals(userId)).payload();
        assertThat(notice.type()).isEqualTo(NotificationType.PUSH);
        assertThat(notice.body()).contains(email).doesNotContain(token(link));
        assertThat(notice.data().orElseThrow().members()).containsOnlyKeys("purpose", "email", "expiresAt");
        assertThat(USERS.count("SELECT COUNT(*) FROM korrect_outbox WHERE envelope LIKE ?", "%" + token(link) + "%")).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(USERS.count(
                "SELECT COUNT(*) FROM pending_mails WHERE user_id = ?", userId)).as("the queued mail, once sent").isZero());
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void shouldStoreOnlyTheHashOfTheVerificationToken() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("hash"));
        String link = TestUsers.newestVerificationLink(USERS, userId, 1);
        String token = link.substring(link.indexOf("token=") + "token=".length());

        List<Map<String, Object>> rows = USERS.rows("SELECT token_hash FROM verification_tokens WHERE user_id = ?", userId);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash")).isEqualTo(ng.korrect.users.verification.VerificationSecret.hashOf(token))
                .isNotEqualTo(token);
    }

    @Test
    void shouldStoreThePasswordOnlyAsABcryptHashOfTheConfiguredCost() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("hashed"));

        String stored = (String) USERS.rows("SELECT password_hash FROM accounts WHERE id = ?", userId).get(0).get("password_hash");

        assertThat(stored).startsWith("$2a$0" + UsersSettings.MIN_COST + "$").doesNotContain(TestUsers.PASSWORD);
        assertThat(at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify(TestUsers.PASSWORD.toCharArray(), stored).verified).isTrue();
    }

    @Test
    void shouldRefuseADuplicateEmailCaseInsensitively() {
        String email = TestUsers.uniqueEmail("ngozi");
        TestUsers.register(USERS, email);

        ApiResponse duplicate = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.api().post(REGISTER, TestUsers.registration(email.toUpperCase(java.util.Locale.ROOT))));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("conflict");
    }

    @Test
    void shouldRefuseANameWithALineBreakOrABidiOverrideAndWriteNothing() {
        Map<String, Object> body = TestUsers.registration(TestUsers.uniqueEmail("forged"));
        body.put("firstName", "Ada\r\nBcc: victim@example.ng");
        body.put("lastName", "Obi \u202Egnp.exe");

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, body));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("firstName", "lastName");
    }

    @Test
    void shouldNameEveryMissingFieldInOneAnswer() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, Map.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactlyInAnyOrder("email", "password", "firstName", "lastName", "role");
    }

    @Test
    void shouldRefuseAnEmailThatIsNotAnAddressAndAnUnknownRole() {
        Map<String, Object> body = TestUsers.registration("not-an-address");
        body.put("role", "superuser");

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, body));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("email", "role");
    }

    @Test
    void shouldRefuseANameWithANulCharacterOrHalfASurrogateInsteadOfFailingInTheDatabase() {
        String body = "{\"email\":\"" + TestUsers.uniqueEmail("nul") + "\",\"password\":\"" + TestUsers.PASSWORD
                + "\",\"firstName\":\"Ada\\u0000\",\"lastName\":\"Obi \\ud800\",\"role\":\"customer\"}";

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, body));

        assertThat(refused.status()).as("PostgreSQL refuses NUL in text: this was a 500 there").isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("firstName", "lastName");
    }

        @Test
    void shouldRefuseSelfRegistrationAsAdmin() {
        Map<String, Object> body = TestUsers.registration(TestUsers.uniqueEmail("would.be.admin"));
        body.put("role", "admin");

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, body));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("role");
    }

    @Test
    void shouldRefuseAWeakPasswordNamingThePasswordField() {
        String email = TestUsers.uniqueEmail("weak");
        for (String weak : List.of("Short-1", "alllowercaseletters", email, email.substring(0, email.indexOf('@')))) {
            Map<String, Object> body = TestUsers.registration(email);
            body.put("password", weak);

            ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, body));

            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.badFields()).as(weak).containsExactly("password");
        }
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(REGISTER, "{not json"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("bad_request");
    }
}
