package ng.korrect.users.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailVerificationIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture(CLOCK);

    private static final String RESEND = "/api/v1/auth/verify-email/resend";

    @Test
    void shouldVerifyTheAddressAndPublishUserEmailVerified() {
        String email = TestUsers.uniqueEmail("Amaka");
        String userId = TestUsers.register(USERS, email);
        String link = TestUsers.newestVerificationLink(USERS, userId, 1);

        ApiResponse verified = USERS.api().withHeader("X-Correlation-Id", "verify-amaka").get(TestUsers.pathOf(link));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("userId").asText()).isEqualTo(userId);
        assertThat(verified.body().path("emailVerified").asBoolean()).isTrue();
        Event<UserEmailVerified> event = USERS.awaitEvent(UserEmailVerified.class, payload -> payload.userId().equals(userId));
        assertThat(event.payload()).isEqualTo(new UserEmailVerified(userId, email));
        assertThat(event.source()).isEqualTo("users");
        assertThat(event.correlationId()).contains("verify-amaka");
        ApiResponse profile = USERS.apiAs(userId, Role.CUSTOMER).get("/api/v1/account/me");
        assertThat(profile.body().path("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseALinkUsedBeforeAndPublishOnce() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("twice"));
        String path = TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 1));
        assertThat(USERS.api().get(path).status()).isEqualTo(200);

        ApiResponse again = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().get(path));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(USERS.events(UserEmailVerified.class).stream().filter(event -> event.payload().userId().equals(userId)))
                .hasSize(1);
    }

    @Test
    void shouldRefuseAnUnknownToken() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.api().get("/api/v1/auth/verify-email?token=" + VerificationSecret.generate()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo("not_found");
    }

    @Test
    void shouldNameTheMissingToken() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().get("/api/v1/auth/verify-email"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("token");
    }

    @Test
    void shouldRefuseAnExpiredLinkAndPublishNothing() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("late"));
        String path = TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 1));
        CLOCK.advance(UsersSettings.DEFAULT_TTL.plus(Duration.ofSeconds(1)));

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().get(path));

        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.errorCode()).isEqualTo("gone");
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE id = ? AND email_verified = FALSE", userId)).isEqualTo(1);
    }

    @Test
    void shouldAcceptALinkJustBeforeItExpires() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("just.in.time"));
        String path = TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 1));
        CLOCK.advance(UsersSettings.DEFAULT_TTL.minus(Duration.ofSeconds(1)));

        assertThat(USERS.api().get(path).status()).isEqualTo(200);
    }

    @Test
    void shouldResendAFreshLinkAndVoidTheOldOne() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("resend"));
        String oldPath = TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 1));
        CLOCK.advance(Duration.ofMinutes(1));

        ApiResponse resent = USERS.apiAs(userId, Role.CUSTOMER).withHeader("X-Correlation-Id", "resend-1").post(RESEND, Map.of());

        assertThat(resent.status()).isEqualTo(202);
        String newPath = TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 2));
        assertThat(newPath).isNotEqualTo(oldPath);
        assertThat(USERS.count("SELECT COUNT(*) FROM verification_tokens WHERE user_id = ?", userId)).isEqualTo(1);
        ApiResponse old = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().get(oldPath));
        assertThat(old.status()).isEqualTo(404);
        assertThat(USERS.api().get(newPath).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseResendsPastOneAMinuteAndFiveADayWith429AndSendNothing() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("bombed"));
        int accepted = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            ApiResponse answer = USERS.apiAs(userId, Role.CUSTOMER).post(RESEND, Map.of());
            if (answer.status() == 202) {
                accepted++;
            } else {
                assertThat(answer.status()).isEqualTo(429);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }
            CLOCK.advance(Duration.ofSeconds(30));
        }

        assertThat(accepted).as("resends accepted in 10 minutes after the registration's mail").isEqualTo(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> USERS.count("SELECT COUNT(*) FROM pending_mails") == 0);
        assertThat(TestUsers.mailsTo(USERS, userId)).as("mails sent in all: at most one per link issued, none of a "
                + "link already replaced when its turn came").hasSizeBetween(1, 5);
        String newest = TestUsers.linkOf(TestUsers.mailsTo(USERS, userId).get(TestUsers.mailsTo(USERS, userId).size() - 1));
        assertThat(USERS.api().get(TestUsers.pathOf(newest)).status()).as("the newest mail's link is the live one").isEqualTo(200);
    }

    @Test
    void shouldRefuseToResendOnceTheAddressIsVerified() {
        String userId = TestUsers.register(USERS, TestUsers.uniqueEmail("done"));
        assertThat(USERS.api().get(TestUsers.pathOf(TestUsers.newestVerificationLink(USERS, userId, 1))).status()).isEqualTo(200);

        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.apiAs(userId, Role.CUSTOMER).post(RESEND, Map.of()));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseToResendWithoutAValidToken() {
        ApiResponse anonymous = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().post(RESEND, Map.of()));
        ApiResponse forged = USERS.assertNothingWrittenOrPublishedBy(() -> USERS.api().as("not-a-token").post(RESEND, Map.of()));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseToResendForAnAccountThatNoLongerExists() {
        ApiResponse refused = USERS.assertNothingWrittenOrPublishedBy(() ->
                USERS.apiAs(java.util.UUID.randomUUID().toString(), Role.CUSTOMER).post(RESEND, Map.of()));

        assertThat(refused.status()).isEqualTo(404);
    }
}
