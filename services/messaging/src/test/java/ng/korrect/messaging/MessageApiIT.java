package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.messagesOf;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessageApiIT {

    private static final MutableClock CLOCK = MutableClock.startingNow();

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING,
            config -> new MessagingService(config, MessagingSettings.DEFAULTS, CLOCK));

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldSendAMessageAndPublishMessageSentWithEveryField() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String conversationId = calls.startConversation(customer, artisan);
        String correlationId = "send-" + UUID.randomUUID();

        ApiResponse sent = MESSAGING.apiAs(customer, Role.CUSTOMER).withHeader("X-Correlation-Id", correlationId)
                .post(messagesOf(conversationId), Map.of("body", "  Can you come on Friday?  "));

        assertThat(sent.status()).isEqualTo(201);
        JsonNode message = sent.body();
        String messageId = message.path("id").asText();
        assertThat(message.path("conversationId").asText()).isEqualTo(conversationId);
        assertThat(message.path("seq").asLong()).isEqualTo(1);
        assertThat(message.path("senderId").asText()).isEqualTo(customer);
        assertThat(message.path("body").asText()).isEqualTo("Can you come on Friday?");
        assertThat(message.path("erased").asBoolean()).isFalse();
        assertThat(Instant.parse(message.path("sentAt").asText())).isEqualTo(CLOCK.instant());
        Event<MessageSent> event = MESSAGING.awaitEvent(MessageSent.class, payload -> payload.messageId().equals(messageId));
        assertThat(event.type()).isEqualTo(EventType.MESSAGE_SENT);
        assertThat(event.payload()).isEqualTo(new MessageSent(messageId, conversationId, customer, artisan));
        assertThat(event.source()).isEqualTo("messaging");
        assertThat(event.correlationId()).hasValue(correlationId);
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM messages WHERE id = ? AND body = ?",
                UUID.fromString(messageId), "Can you come on Friday?")).isEqualTo(1);
    }

    @Test
    void shouldNameTheOtherParticipantAsRecipientWhoeverSends() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String conversationId = calls.startConversation(customer, artisan);

        String reply = calls.send(conversationId, artisan, "Friday works");

        MessageSent sent = MESSAGING.awaitEvent(MessageSent.class, payload -> payload.messageId().equals(reply)).payload();
        assertThat(sent.senderId()).isEqualTo(artisan);
        assertThat(sent.recipientId()).isEqualTo(customer);
    }

    @Test
    void shouldAcceptABodyOfExactlyTheLimit() {
        String customer = newUser("customer");
        String conversationId = calls.startConversation(customer, newUser("artisan"));

        ApiResponse sent = MESSAGING.apiAs(customer, Role.CUSTOMER)
                .post(messagesOf(conversationId), Map.of("body", "x".repeat(4000)));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.body().path("body").asText()).hasSize(4000);
    }

    @Test
    void shouldRefuseABodyBeyondTheLimitNamingIt() {
        String customer = newUser("customer");
        String conversationId = calls.startConversation(customer, newUser("artisan"));

        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(customer, Role.CUSTOMER)
                .post(messagesOf(conversationId), Map.of("body", "x".repeat(4001))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.badFields()).containsExactly("body");
    }

    @Test
    void shouldRefuseABlankMissingOrNonTextBody() {
        String customer = newUser("customer");
        String conversationId = calls.startConversation(customer, newUser("artisan"));

        for (Object body : List.<Object>of(Map.of("body", " \n\t "), Map.of(), Map.of("body", 42))) {
            ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                    MESSAGING.apiAs(customer, Role.CUSTOMER).post(messagesOf(conversationId), body));

            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.badFields()).as(body.toString()).containsExactly("body");
        }
    }

    @Test
    void shouldRefuseSendingWithoutAValidToken() {
        String conversationId = calls.startConversation(newUser("customer"), newUser("artisan"));

        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.api().post(messagesOf(conversationId), Map.of("body", "hello")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void shouldRefuseSendingByAnyoneButTheParticipants() {
        String conversationId = calls.startConversation(newUser("customer"), newUser("artisan"));

        ApiResponse byOutsider = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(newUser("outsider"),
                Role.CUSTOMER).post(messagesOf(conversationId), Map.of("body", "let me in")));
        ApiResponse byAdmin = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(newUser("admin"),
                Role.ADMIN).post(messagesOf(conversationId), Map.of("body", "let me in")));

        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(byOutsider.errorCode()).isEqualTo("forbidden");
        assertThat(byAdmin.status()).isEqualTo(403);
    }

    @Test
    void shouldAnswer404ForMessagesOfAnUnknownConversation() {
        String unknown = UUID.randomUUID().toString();

        ApiResponse send = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).post(messagesOf(unknown), Map.of("body", "hello")));
        ApiResponse read = MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).get(messagesOf(unknown));

        assertThat(send.status()).isEqualTo(404);
        assertThat(send.errorCode()).isEqualTo("not_found");
        assertThat(read.status()).isEqualTo(404);
    }

    @Test
    void shouldPageMessagesNewestFirstWithACursorThatNewMessagesDoNotShift() {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String conversationId = calls.startConversation(customer, artisan);
        for (int i = 1; i <= 5; i++) {
            calls.send(conversationId, i % 2 == 0 ? artisan : customer, "message " + i);
        }

        ApiResponse first = MESSAGING.apiAs(artisan, Role.ARTISAN).get(messagesOf(conversationId) + "?limit=2");
        calls.send(conversationId, customer, "message 6");
        String cursor = first.body().path("nextCursor").asText();
        ApiResponse second = MESSAGING.apiAs(artisan, Role.ARTISAN)
                .get(messagesOf(conversationId) + "?limit=2&before=" + cursor);
        ApiResponse last = MESSAGING.apiAs(customer, Role.CUSTOMER)
                .get(messagesOf(conversationId) + "?limit=2&before=" + second.body().path("nextCursor").asText());

        assertThat(first.status()).isEqualTo(200);
        assertThat(bodies(first)).containsExactly("message 5", "message 4");
        assertThat(bodies(second)).containsExactly("message 3", "message 2");
        assertThat(bodies(last)).containsExactly("message 1");
        assertThat(last.body().path("nextCursor").isNull()).isTrue();
        assertThat(bodies(MESSAGING.apiAs(customer, Role.CUSTOMER).get(messagesOf(conversationId))))
                .containsExactly("message 6", "message 5", "message 4", "message 3", "message 2", "message 1");
    }

    @Test
    void shouldRefuseABadCursorOrLimitNamingIt() {
        String customer = newUser("customer");
        String conversationId = calls.startConversation(customer, newUser("artisan"));

        ApiResponse badCursor = MESSAGING.apiAs(customer, Role.CUSTOMER).get(messagesOf(conversationId) + "?before=yesterday");
        ApiResponse badLimit = MESSAGING.apiAs(customer, Role.CUSTOMER).get(messagesOf(conversationId) + "?limit=101");

        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.badFields()).containsExactly("before");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.badFields()).containsExactly("limit");
    }

    @Test
    void shouldRefuseReadingMessagesByAnyoneButTheParticipants() {
        String customer = newUser("customer");
        String conversationId = calls.startConversation(customer, newUser("artisan"));
        calls.send(conversationId, customer, "private");

        ApiResponse byOutsider = MESSAGING.apiAs(newUser("outsider"), Role.ARTISAN).get(messagesOf(conversationId));
        ApiResponse anonymous = MESSAGING.api().get(messagesOf(conversationId));

        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(byOutsider.text()).doesNotContain("private");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static List<String> bodies(ApiResponse page) {
        List<String> bodies = new ArrayList<>();
        page.body().path("messages").forEach(message -> bodies.add(message.path("body").asText()));
        return bodies;
    }
}
