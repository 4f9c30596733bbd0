package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.CONVERSATIONS;
import static ng.korrect.messaging.MessagingCalls.conversation;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationApiIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING,
            config -> new MessagingService(config, MessagingSettings.DEFAULTS, CLOCK));

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldStartAConversationWithAnotherUser() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");

        ApiResponse started = MESSAGING.apiAs(customer, Role.CUSTOMER)
                .post(CONVERSATIONS, Map.of("participantId", artisan, "bookingId", "booking-17"));

        assertThat(started.status()).isEqualTo(201);
        JsonNode body = started.body();
        assertThat(UUID.fromString(body.path("id").asText())).isNotNull();
        assertThat(participantIds(body)).as("smaller id first").containsExactly(artisan, customer);
        assertThat(body.path("participants").findValuesAsText("deleted")).containsExactly("false", "false");
        assertThat(body.path("bookingId").asText()).isEqualTo("booking-17");
        assertThat(body.path("startedBy").asText()).isEqualTo(customer);
        assertThat(Instant.parse(body.path("createdAt").asText())).isEqualTo(CLOCK.instant());
        assertThat(body.path("lastMessage").isNull()).isTrue();
        assertThat(body.path("unreadCount").asLong()).isZero();
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM conversation_participants WHERE conversation_id = ?",
                UUID.fromString(body.path("id").asText()))).isEqualTo(2);
    }

    @Test
    void shouldReturnTheExistingConversationWhenEitherUserStartsItAgain() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        ApiResponse first = MESSAGING.apiAs(customer, Role.CUSTOMER)
                .post(CONVERSATIONS, Map.of("participantId", artisan, "bookingId", "booking-1"));

        ApiResponse again = MESSAGING.apiAs(customer, Role.CUSTOMER)
                .post(CONVERSATIONS, Map.of("participantId", artisan, "bookingId", "booking-2"));
        ApiResponse fromTheOtherSide = MESSAGING.apiAs(artisan, Role.ARTISAN)
                .post(CONVERSATIONS, Map.of("participantId", customer));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(fromTheOtherSide.status()).isEqualTo(200);
        String id = first.body().path("id").asText();
        assertThat(again.body().path("id").asText()).isEqualTo(id);
        assertThat(fromTheOtherSide.body().path("id").asText()).isEqualTo(id);
        assertThat(again.body().path("bookingId").asText()).isEqualTo("booking-1");
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM conversations WHERE first_participant IN (?, ?)",
                customer, artisan)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAConversationWithOneself() {
        String customer = newUser("customer");

        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(customer, Role.CUSTOMER).post(CONVERSATIONS, Map.of("participantId", customer)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactly("participantId");
    }

    @Test
    void shouldNameEveryBadFieldOfAStart() {
        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER)
                        .post(CONVERSATIONS, Map.of("participantId", " ", "bookingId", "b".repeat(101))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactlyInAnyOrder("participantId", "bookingId");
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).post(CONVERSATIONS, "[\"someone\"]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("bad_request");
    }

    @Test
    void shouldRefuseStartingWithoutAValidToken() {
        Map<String, String> body = Map.of("participantId", newUser("artisan"));

        ApiResponse anonymous = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.api().post(CONVERSATIONS, body));
        ApiResponse forged = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.api().as("not-a-token").post(CONVERSATIONS, body));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("unauthorized");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void shouldListMyConversationsMostRecentFirstWithTheLastMessageAndUnreadCount() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String plumber = newUser("plumber");
        String withArtisan = calls.startConversation(customer, artisan);
        String withPlumber = calls.startConversation(customer, plumber);
        calls.send(withArtisan, artisan, "first from the artisan");
        CLOCK.advance(Duration.ofSeconds(1));
        calls.send(withArtisan, artisan, "second from the artisan");
        CLOCK.advance(Duration.ofSeconds(1));
        calls.send(withPlumber, customer, "hello plumber");

        ApiResponse listed = MESSAGING.apiAs(customer, Role.CUSTOMER).get(CONVERSATIONS);

        assertThat(listed.status()).isEqualTo(200);
        JsonNode conversations = listed.body().path("conversations");
        assertThat(ids(conversations)).containsExactly(withPlumber, withArtisan);
        assertThat(conversations.get(0).path("lastMessage").path("body").asText()).isEqualTo("hello plumber");
        assertThat(conversations.get(0).path("lastMessage").path("senderId").asText()).isEqualTo(customer);
        assertThat(conversations.get(0).path("unreadCount").asLong()).isZero();
        assertThat(conversations.get(1).path("lastMessage").path("body").asText()).isEqualTo("second from the artisan");
        assertThat(conversations.get(1).path("lastMessage").path("erased").asBoolean()).isFalse();
        assertThat(conversations.get(1).path("unreadCount").asLong()).isEqualTo(2);
        assertThat(listed.body().path("total").asLong()).isEqualTo(2);
        JsonNode plumbersView = MESSAGING.apiAs(plumber, Role.ARTISAN).get(CONVERSATIONS).body().path("conversations");
        assertThat(ids(plumbersView)).containsExactly(withPlumber);
        assertThat(plumbersView.get(0).path("unreadCount").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPageMyConversations() {
        String customer = newUser("customer");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CLOCK.advance(Duration.ofSeconds(1));
            started.add(calls.startConversation(customer, newUser("artisan")));
        }

        ApiResponse firstPage = MESSAGING.apiAs(customer, Role.CUSTOMER).get(CONVERSATIONS + "?page=1&size=2");
        ApiResponse secondPage = MESSAGING.apiAs(customer, Role.CUSTOMER).get(CONVERSATIONS + "?page=2&size=2");

        assertThat(ids(firstPage.body().path("conversations"))).containsExactly(started.get(2), started.get(1));
        assertThat(ids(secondPage.body().path("conversations"))).containsExactly(started.get(0));
        assertThat(secondPage.body().path("page").asInt()).isEqualTo(2);
        assertThat(secondPage.body().path("size").asInt()).isEqualTo(2);
        assertThat(secondPage.body().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAPageOrSizeOutOfRangeNamingIt() {
        ApiResponse badPage = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(CONVERSATIONS + "?page=0");
        ApiResponse badSize = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(CONVERSATIONS + "?size=101");
        ApiResponse notANumber = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(CONVERSATIONS + "?size=ten");

        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.badFields()).containsExactly("page");
        assertThat(badSize.badFields()).containsExactly("size");
        assertThat(notANumber.badFields()).containsExactly("size");
    }

    @Test
    void shouldRefuseListingWithoutAToken() {
        assertThat(MESSAGING.api().get(CONVERSATIONS).status()).isEqualTo(401);
    }

    @Test
    void shouldShowAConversationToItsParticipantsOnly() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String id = calls.startConversation(customer, artisan);

        ApiResponse byArtisan = MESSAGING.apiAs(artisan, Role.ARTISAN).get(conversation(id));
        ApiResponse byOutsider = MESSAGING.apiAs(newUser("outsider"), Role.CUSTOMER).get(conversation(id));
        ApiResponse byAdmin = MESSAGING.apiAs(newUser("admin"), Role.ADMIN).get(conversation(id));

        assertThat(byArtisan.status()).isEqualTo(200);
        assertThat(byArtisan.body().path("id").asText()).isEqualTo(id);
        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(byOutsider.errorCode()).isEqualTo("forbidden");
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(MESSAGING.api().get(conversation(id)).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer404ForAnUnknownConversation() {
        ApiResponse unknown = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(conversation(UUID.randomUUID().toString()));
        ApiResponse notAnId = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(conversation("not-a-uuid"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(notAnId.status()).isEqualTo(404);
    }

    @Test
    void shouldMarkAConversationReadForTheCallerOnly() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String id = calls.startConversation(customer, artisan);
        calls.send(id, artisan, "are you home?");
        calls.send(id, artisan, "I am at the gate");
        calls.send(id, customer, "coming");

        ApiResponse read = MESSAGING.apiAs(customer, Role.CUSTOMER).post(conversation(id) + "/read", null);
        calls.send(id, artisan, "thanks");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("unreadCount").asLong()).isZero();
        assertThat(MESSAGING.apiAs(customer, Role.CUSTOMER).get(conversation(id)).body().path("unreadCount").asLong())
                .isEqualTo(1);
        assertThat(MESSAGING.apiAs(artisan, Role.ARTISAN).get(conversation(id)).body().path("unreadCount").asLong())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseMarkingReadByAnOutsiderOrForAnUnknownConversation() {
        String id = calls.startConversation(newUser("customer"), newUser("artisan"));

        ApiResponse byOutsider = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(newUser("outsider"), Role.CUSTOMER).post(conversation(id) + "/read", null));
        ApiResponse unknown = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(newUser("customer"),
                Role.CUSTOMER).post(conversation(UUID.randomUUID().toString()) + "/read", null));
        ApiResponse anonymous = MESSAGING.api().post(conversation(id) + "/read", null);

        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static List<String> participantIds(JsonNode conversation) {
        return conversation.path("participants").findValuesAsText("userId");
    }

    private static List<String> ids(JsonNode conversations) {
        List<String> ids = new ArrayList<>();
        conversations.forEach(conversation -> ids.add(conversation.path("id").asText()));
        return ids;
    }
}
