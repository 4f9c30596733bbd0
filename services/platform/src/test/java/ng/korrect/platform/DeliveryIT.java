package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;
import ng.korrect.platform.FakeProviders.Received;
import ng.korrect.platform.PlatformTesting.TestUser;
import ng.korrect.service.Caller;
import ng.korrect.service.TokenVerifier;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deliveries through providers over HTTP (a JDK HttpServer in the test: push accepts, SMS fails once
 * then accepts, email always fails), retried with backoff on a clock the test moves, and phone numbers,
 * which no event carries, asked of a Users service when an SMS needs one.
 */
class DeliveryIT {

    private static final FakeProviders PROVIDERS = FakeProviders.start();
    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static final Duration BACKOFF = Duration.ofMinutes(1);

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(settings()), CLOCK));

    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @AfterAll
    static void stopProviders() {
        PROVIDERS.close();
    }

    @Test
    void shouldPostAPushToItsProviderWithTheKeyAndCountItDelivered() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.PUSH, "Hello", "A push",
                Optional.of(JsonObject.of(Map.of("screen", new JsonString("bookings"))))), ServiceName.TRANSACTION);

        JsonNode push = awaitDelivery(ada, "push", "delivered");
        assertThat(push.path("attempts").asInt()).isEqualTo(1);
        Received request = PROVIDERS.received("/push").stream()
                .filter(received -> received.body().path("deliveryId").asText().equals(push.path("id").asText()))
                .findFirst().orElseThrow();
        assertThat(request.authorization()).isEqualTo("Bearer push-key");
        assertThat(request.body().path("channel").asText()).isEqualTo("push");
        assertThat(request.body().path("to").asText()).isEqualTo(ada.userId());
        assertThat(request.body().path("title").asText()).isEqualTo("Hello");
        assertThat(request.body().path("body").asText()).isEqualTo("A push");
        assertThat(request.body().path("data").path("screen").asText()).isEqualTo("bookings");
    }

    @Test
    void shouldShowMarkupAsTextAndDropOverridesAndLineBreaksOfANameInWhatProvidersReceive() {
        TestUser mallory = platform.user(Role.CUSTOMER, "<img src=x onerror=alert(1)>\u202E\r\nBcc: x@y.ng", "Eve");

        Received welcome = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> PROVIDERS
                .received("/email").stream().filter(r -> r.body().path("to").asText().equals(mallory.email())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        assertThat(welcome.body().path("html").asText()).contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img");
        assertThat(welcome.body().path("title").asText()).contains("<img src=x onerror=alert(1)>  Bcc: x@y.ng")
                .doesNotContain("\u202E").doesNotContain("\n").doesNotContain("\r");
        assertThat(welcome.body().path("body").asText()).doesNotContain("\u202E");
    }

    @Test
    void shouldRetryAFailedSmsAfterTheBackoffAndDeliverIt() {
        TestUser ada = userWithPhone("+2348031234567");

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.SMS, "Code", "Your code is 1234",
                Optional.empty()), ServiceName.USERS);

        JsonNode pending = await().atMost(PlatformTesting.WAIT).until(() -> delivery(ada, "sms"),
                found -> found.isPresent() && found.get().path("attempts").asInt() == 1).orElseThrow();
        assertThat(pending.path("status").asText()).isEqualTo("pending");
        assertThat(pending.path("address").asText()).isEqualTo("+2348031234567");
        assertThat(pending.path("lastError").asText()).startsWith("sms provider answered 503");
        assertThat(pending.path("nextAttemptAt").asText()).isEqualTo(CLOCK.instant().plus(BACKOFF).toString());

        CLOCK.advance(BACKOFF);

        JsonNode delivered = awaitDelivery(ada, "sms", "delivered");
        assertThat(delivered.path("attempts").asInt()).isEqualTo(2);
        assertThat(delivered.path("lastError").isNull()).isTrue();
        assertThat(PROVIDERS.received("/sms")).filteredOn(r -> r.body().path("deliveryId").asText()
                .equals(delivered.path("id").asText())).hasSize(2).allSatisfy(r -> {
                    assertThat(r.body().path("to").asText()).isEqualTo("+2348031234567");
                    assertThat(r.authorization()).isEqualTo("Bearer sms-key");
                });
    }

    @Test
    void shouldAlertAnAdminWithAPhoneBySmsWhenADisputeIsEscalated() {
        TestUser admin = userWithPhone(Role.ADMIN, "+2348039998888");

        platform.publishAndAwait(new DisputeEscalated(PlatformTesting.id("dispute"), "open too long", 9), ServiceName.TRANSACTION);

        awaitAttempts(admin, "sms", 1);
        CLOCK.advance(BACKOFF);
        JsonNode sms = awaitDelivery(admin, "sms", "delivered");
        assertThat(sms.path("address").asText()).isEqualTo("+2348039998888");
        assertThat(PROVIDERS.received("/sms")).filteredOn(r -> r.body().path("deliveryId").asText().equals(sms.path("id").asText()))
                .allSatisfy(r -> assertThat(r.body().path("title").asText()).isEqualTo("URGENT: dispute open for 9 days"));
    }

    @Test
    void shouldFailAnEmailForGoodAfterTheLastAttemptAndShowItToAdmins() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        awaitAttempts(ada, "email", 1);

        CLOCK.advance(BACKOFF);
        awaitAttempts(ada, "email", 2);
        CLOCK.advance(BACKOFF.multipliedBy(2));

        JsonNode failed = awaitDelivery(ada, "email", "failed");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("lastError").asText()).startsWith("email provider answered 500");
        JsonNode listed = PLATFORM.apiAs("an-admin", Role.ADMIN).get(PlatformTesting.DELIVERIES + "?status=failed&limit=100").body();
        assertThat(listed.path("deliveries").findValuesAsText("id")).contains(failed.path("id").asText());
        listed.path("deliveries").forEach(delivery -> assertThat(delivery.path("status").asText()).isEqualTo("failed"));
        CLOCK.advance(BACKOFF.multipliedBy(10));
        assertThat(PROVIDERS.received("/email")).filteredOn(r -> r.body().path("to").asText().equals(ada.email())).hasSize(3);
    }

    @Test
    void shouldAskTheUsersServiceWithAnAdminTokenForAPhoneNumberThatNoEventCarried() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        PROVIDERS.account(ada.userId(), account(ada, "Adaeze", "+2348031112222"));

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.SMS, "Hello", "By text",
                Optional.empty()), ServiceName.TRANSACTION);

        awaitAttempts(ada, "sms", 1);
        assertThat(PLATFORM.rows("SELECT first_name, last_name, phone FROM known_users WHERE user_id = ?", ada.userId()))
                .containsExactly(Map.of("first_name", "Adaeze", "last_name", "Obi", "phone", "+2348031112222"));
        Received request = PROVIDERS.received("/users/api/v1/account/" + ada.userId()).get(0);
        Caller caller = new TokenVerifier(ServiceFixture.JWT_SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())
                .verify(request.authorization().substring("Bearer ".length()));
        assertThat(caller.role()).isEqualTo(Role.ADMIN);
        assertThat(delivery(ada, "sms").orElseThrow().path("address").asText()).isEqualTo("+2348031112222");
    }

    @Test
    void shouldKeepWhatItKnewAndFailTheSmsWhenTheUsersServiceCannotAnswer() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.SMS, "Hello", "By text",
                Optional.empty()), ServiceName.TRANSACTION);

        assertThat(PROVIDERS.received("/users/api/v1/account/" + ada.userId())).hasSize(1);
        assertThat(awaitDelivery(ada, "sms", "failed").path("lastError").asText()).contains("no phone number");
        assertThat(PLATFORM.rows("SELECT first_name, last_name, email, phone FROM known_users WHERE user_id = ?",
                ada.userId())).hasSize(1).allSatisfy(row -> {
                    assertThat(row).containsEntry("first_name", "Ada").containsEntry("last_name", "Obi")
                            .containsEntry("email", ada.email());
                    assertThat(row.get("phone")).isNull();
                });
    }

    private TestUser userWithPhone(String phone) {
        return userWithPhone(Role.CUSTOMER, phone);
    }

    private TestUser userWithPhone(Role role, String phone) {
        TestUser ada = platform.user(role, "Ada", "Obi");
        PROVIDERS.account(ada.userId(), account(ada, ada.firstName(), phone));
        return ada;
    }

    private static Map<String, Object> account(TestUser user, String firstName, String phone) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("userId", user.userId());
        account.put("email", user.email());
        account.put("firstName", firstName);
        account.put("lastName", user.lastName());
        account.put("phone", phone);
        account.put("role", user.role().wireName());
        account.put("emailVerified", false);
        return account;
    }

    private Optional<JsonNode> delivery(TestUser user, String channel) {
        return platform.deliveries(user.userId()).stream().filter(d -> d.path("channel").asText().equals(channel)).findFirst();
    }

    private JsonNode awaitDelivery(TestUser user, String channel, String status) {
        return await().atMost(PlatformTesting.WAIT).until(() -> delivery(user, channel),
                found -> found.isPresent() && found.get().path("status").asText().equals(status)).orElseThrow();
    }

    private void awaitAttempts(TestUser user, String channel, int attempts) {
        await().atMost(PlatformTesting.WAIT).until(() -> delivery(user, channel),
                found -> found.isPresent() && found.get().path("attempts").asInt() == attempts);
    }

    private static Map<String, String> settings() {
        return Map.of("KORRECT_DELIVERY_POLL_MS", "50",
                "KORRECT_DELIVERY_MAX_ATTEMPTS", "3",
                "KORRECT_DELIVERY_BACKOFF_MS", String.valueOf(BACKOFF.toMillis()),
                "KORRECT_PUSH_URL", PROVIDERS.url() + "/push",
                "KORRECT_PUSH_KEY", "push-key",
                "KORRECT_SMS_URL", PROVIDERS.url() + "/sms",
                "KORRECT_SMS_KEY", "sms-key",
                "KORRECT_EMAIL_URL", PROVIDERS.url() + "/email",
                "KORRECT_USERS_URL", PROVIDERS.url() + "/users");
    }
}
