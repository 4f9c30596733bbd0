package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;
import ng.korrect.platform.PlatformTesting.TestUser;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox API: pages newest first, unread count, mark read, and every way a request is refused. */
class InboxApiIT {

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(Map.of("KORRECT_DELIVERY_POLL_MS", "50")),
                    Clock.systemUTC()));

    private static final String INBOX = PlatformTesting.NOTIFICATIONS;
    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @Test
    void shouldListTheCallersInboxNewestFirstInPages() {
        TestUser musa = userWithMessages(3);

        JsonNode first = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "?limit=2").body();
        JsonNode second = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "?limit=2&offset=2").body();

        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(first.path("unread").asLong()).isEqualTo(4);
        assertThat(first.path("limit").asInt()).isEqualTo(2);
        assertThat(titles(first)).containsExactly("message 3", "message 2");
        assertThat(titles(second)).containsExactly("message 1", "Welcome to KorrectNG, Musa!");
        assertThat(second.path("offset").asInt()).isEqualTo(2);
    }

    @Test
    void shouldListOnlyUnreadNotificationsWhenAsked() {
        TestUser musa = userWithMessages(2);
        String firstId = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX).body().path("notifications").get(0).path("id").asText();
        PLATFORM.apiAs(musa.userId(), Role.ARTISAN).post(INBOX + "/" + firstId + "/read", "");

        JsonNode unread = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "?unread=true").body();

        assertThat(unread.path("total").asLong()).isEqualTo(2);
        assertThat(titles(unread)).containsExactly("message 1", "Welcome to KorrectNG, Musa!");
    }

    @Test
    void shouldCountUnreadAndMarkOneNotificationReadOnce() {
        TestUser musa = userWithMessages(2);
        JsonNode newest = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX).body().path("notifications").get(0);

        ApiResponse marked = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).post(INBOX + "/" + newest.path("id").asText() + "/read", "");
        ApiResponse again = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).post(INBOX + "/" + newest.path("id").asText() + "/read", "");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body().path("read").asBoolean()).isTrue();
        assertThat(marked.body().path("readAt").asText()).isNotBlank();
        assertThat(again.body().path("readAt").asText()).isEqualTo(marked.body().path("readAt").asText());
        ApiResponse count = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "/unread-count");
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.body().path("unread").asLong()).isEqualTo(2);
    }

    @Test
    void shouldMarkEveryNotificationReadAtOnce() {
        TestUser musa = userWithMessages(2);

        ApiResponse marked = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).post(INBOX + "/read-all", "");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body().path("marked").asInt()).isEqualTo(3);
        assertThat(PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "/unread-count").body().path("unread").asLong()).isZero();
        assertThat(PLATFORM.apiAs(musa.userId(), Role.ARTISAN).post(INBOX + "/read-all", "").body().path("marked").asInt()).isZero();
    }

    @Test
    void shouldLetAnAdminReadAnotherUsersInbox() {
        TestUser musa = userWithMessages(1);

        JsonNode inbox = PLATFORM.apiAs("an-admin", Role.ADMIN).get(INBOX + "?userId=" + musa.userId()).body();
        JsonNode count = PLATFORM.apiAs("an-admin", Role.ADMIN).get(INBOX + "/unread-count?userId=" + musa.userId()).body();

        assertThat(inbox.path("userId").asText()).isEqualTo(musa.userId());
        assertThat(titles(inbox)).containsExactly("message 1", "Welcome to KorrectNG, Musa!");
        assertThat(count.path("unread").asLong()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnotherUsersInboxToANonAdmin() {
        TestUser musa = userWithMessages(1);

        assertRefused(() -> PLATFORM.apiAs("someone-else", Role.CUSTOMER).get(INBOX + "?userId=" + musa.userId()), 403, "forbidden");
        assertRefused(() -> PLATFORM.apiAs("someone-else", Role.ARTISAN).get(INBOX + "/unread-count?userId=" + musa.userId()),
                403, "forbidden");
    }

    @Test
    void shouldRefuseAnotherUsersInboxToANonAdminBeforeCheckingTheQuery() {
        assertRefused(() -> PLATFORM.apiAs("someone-else", Role.CUSTOMER).get(INBOX + "?userId=musa&unread=maybe&limit=0"),
                403, "forbidden");
    }

    @Test
    void shouldRefuseToMarkAnotherUsersNotificationRead() {
        TestUser musa = userWithMessages(1);
        String id = PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX).body().path("notifications").get(0).path("id").asText();

        assertRefused(() -> PLATFORM.apiAs("someone-else", Role.CUSTOMER).post(INBOX + "/" + id + "/read", ""), 403, "forbidden");
        assertRefused(() -> PLATFORM.apiAs("an-admin", Role.ADMIN).post(INBOX + "/" + id + "/read", ""), 403, "forbidden");
        assertThat(PLATFORM.apiAs(musa.userId(), Role.ARTISAN).get(INBOX + "/unread-count").body().path("unread").asLong()).isEqualTo(2);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownNotification() {
        assertRefused(() -> PLATFORM.apiAs("someone", Role.CUSTOMER).post(INBOX + "/no-such-id/read", ""), 404, "not_found");
    }

    @Test
    void shouldRefuseEveryRouteWithoutAValidToken() {
        for (String path : List.of(INBOX, INBOX + "/unread-count", PlatformTesting.DELIVERIES)) {
            assertRefused(() -> PLATFORM.api().get(path), 401, "unauthorized");
            assertRefused(() -> PLATFORM.api().as("not-a-token").get(path), 401, "unauthorized");
        }
        for (String path : List.of(INBOX + "/read-all", INBOX + "/some-id/read")) {
            assertRefused(() -> PLATFORM.api().post(path, ""), 401, "unauthorized");
            assertRefused(() -> PLATFORM.api().as("not-a-token").post(path, ""), 401, "unauthorized");
        }
    }

    @Test
    void shouldNameEveryBadPagingParameter() {
        ApiResponse bad = assertRefused(() -> PLATFORM.apiAs("someone", Role.CUSTOMER).get(INBOX + "?limit=0&offset=-1"),
                400, "validation_failed");
        assertThat(bad.badFields()).containsExactly("limit", "offset");
        assertThat(assertRefused(() -> PLATFORM.apiAs("someone", Role.CUSTOMER).get(INBOX + "?limit=101"), 400,
                "validation_failed").badFields()).containsExactly("limit");
        assertThat(assertRefused(() -> PLATFORM.apiAs("someone", Role.CUSTOMER).get(INBOX + "?unread=maybe"), 400,
                "validation_failed").badFields()).containsExactly("unread");
    }

    @Test
    void shouldShowDeliveriesOnlyToAdminsAndRefuseAnUnknownStatus() {
        assertRefused(() -> PLATFORM.apiAs("someone", Role.CUSTOMER).get(PlatformTesting.DELIVERIES), 403, "forbidden");
        assertRefused(() -> PLATFORM.apiAs("someone", Role.ARTISAN).get(PlatformTesting.DELIVERIES + "?status=failed"), 403,
                "forbidden");
        assertThat(assertRefused(() -> PLATFORM.apiAs("an-admin", Role.ADMIN).get(PlatformTesting.DELIVERIES + "?status=lost"),
                400, "validation_failed").badFields()).containsExactly("status");
        assertThat(assertRefused(() -> PLATFORM.apiAs("an-admin", Role.ADMIN).get(PlatformTesting.DELIVERIES + "?limit=x"),
                400, "validation_failed").badFields()).containsExactly("limit");
    }

    private TestUser userWithMessages(int count) {
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        for (int i = 1; i <= count; i++) {
            platform.publishAndAwait(new NotificationSend(musa.userId(),
                    NotificationType.PUSH, "message " + i, "text " + i, Optional.empty()),
                    ServiceName.MESSAGING);
        }
        platform.awaitDeliveriesSettled();
        return musa;
    }

    private ApiResponse assertRefused(Supplier<ApiResponse> request, int status, String code) {
        platform.awaitDeliveriesSettled();
        ApiResponse response = PLATFORM.assertNothingWrittenOrPublishedBy(request);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.errorCode()).isEqualTo(code);
        return response;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new java.util.ArrayList<>();
        page.path("notifications").forEach(notification -> titles.add(notification.path("title").asText()));
        return titles;
    }
}
