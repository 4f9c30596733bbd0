package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.CONVERSATIONS;
import static ng.korrect.messaging.MessagingCalls.conversation;
import static ng.korrect.messaging.MessagingCalls.messagesOf;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletionIT {

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING, MessagingService::new);

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldEraseTheDeletedUsersMessagesButKeepThemForTheOtherParticipant() {
        String leaving = newUser("leaving");
        String staying = newUser("staying");
        String conversationId = calls.startConversation(leaving, staying);
        calls.send(conversationId, leaving, "my address is 12 Allen Avenue");
        calls.send(conversationId, staying, "noted, see you there");
        calls.send(conversationId, leaving, "call me on 0803 000 0000");

        deleteAccount(leaving);

        JsonNode messages = MESSAGING.apiAs(staying, Role.ARTISAN).get(messagesOf(conversationId)).body().path("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).path("senderId").asText()).isEqualTo(leaving);
        assertThat(messages.get(0).path("erased").asBoolean()).isTrue();
        assertThat(messages.get(0).path("body").isNull()).isTrue();
        assertThat(messages.get(1).path("body").asText()).isEqualTo("noted, see you there");
        assertThat(messages.get(1).path("erased").asBoolean()).isFalse();
        assertThat(messages.get(2).path("erased").asBoolean()).isTrue();
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM messages WHERE sender_id = ? AND body IS NOT NULL", leaving)).isZero();
    }

    @Test
    void shouldShowTheOtherParticipantTheConversationWithItsDeletedParticipant() {
        String leaving = newUser("leaving");
        String staying = newUser("staying");
        String conversationId = calls.startConversation(staying, leaving);
        calls.send(conversationId, leaving, "last words");

        deleteAccount(leaving);

        JsonNode listed = MESSAGING.apiAs(staying, Role.CUSTOMER).get(CONVERSATIONS).body().path("conversations");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(conversationId);
        assertThat(participant(listed.get(0), leaving).path("deleted").asBoolean()).isTrue();
        assertThat(participant(listed.get(0), staying).path("deleted").asBoolean()).isFalse();
        assertThat(listed.get(0).path("lastMessage").path("erased").asBoolean()).isTrue();
        assertThat(listed.get(0).path("lastMessage").path("body").isNull()).isTrue();
        assertThat(listed.get(0).path("unreadCount").asLong()).as("the erased message still counts as existing").isEqualTo(1);
    }

    @Test
    void shouldChangeNothingOnASecondDeliveryOfTheSameEvent() {
        String leaving = newUser("leaving");
        String staying = newUser("staying");
        String conversationId = calls.startConversation(leaving, staying);
        calls.send(conversationId, leaving, "soon gone");
        Event<UserDeleted> deleted = deleteAccount(leaving);
        List<Map<String, Object>> before = everyRowAbout(leaving);

        MESSAGING.service().context().bus().publisher(ServiceName.USERS).publish(deleted);
        awaitEveryDeletionHandled();

        assertThat(everyRowAbout(leaving)).isEqualTo(before);
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM korrect_handled_events WHERE event_id = ?", deleted.id()))
                .isEqualTo(1);
    }

    @Test
    void shouldChangeNothingOnAnotherDeletionEventForTheSameUser() {
        String leaving = newUser("leaving");
        String conversationId = calls.startConversation(leaving, newUser("staying"));
        calls.send(conversationId, leaving, "soon gone");
        deleteAccount(leaving);
        List<Map<String, Object>> before = everyRowAbout(leaving);

        Event<UserDeleted> again = MESSAGING.publish(new UserDeleted(leaving, "leaving@example.ng"), ServiceName.USERS);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                MESSAGING.count("SELECT COUNT(*) FROM korrect_handled_events WHERE event_id = ?", again.id()) == 1);

        assertThat(everyRowAbout(leaving)).isEqualTo(before);
    }

    @Test
    void shouldRefuseSendingToADeletedParticipantWithGone() {
        String leaving = newUser("leaving");
        String staying = newUser("staying");
        String conversationId = calls.startConversation(leaving, staying);
        deleteAccount(leaving);

        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(staying, Role.CUSTOMER)
                .post(messagesOf(conversationId), Map.of("body", "are you there?")));

        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.errorCode()).isEqualTo("participant_deleted");
    }

    @Test
    void shouldRefuseStartingAConversationWithADeletedUserWithGone() {
        String leaving = newUser("leaving");
        deleteAccount(leaving);

        ApiResponse refused = MESSAGING.assertNothingWrittenOrPublishedBy(() ->
                MESSAGING.apiAs(newUser("customer"), Role.CUSTOMER).post(CONVERSATIONS, Map.of("participantId", leaving)));

        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.errorCode()).isEqualTo("participant_deleted");
    }

    @Test
    void shouldStillReturnAnExistingConversationWithADeletedUser() {
        String leaving = newUser("leaving");
        String staying = newUser("staying");
        String conversationId = calls.startConversation(leaving, staying);
        deleteAccount(leaving);

        ApiResponse found = MESSAGING.apiAs(staying, Role.CUSTOMER).post(CONVERSATIONS, Map.of("participantId", leaving));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("id").asText()).isEqualTo(conversationId);
        assertThat(participant(found.body(), leaving).path("deleted").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseTheDeletedUsersTokenThatHasNotExpiredYet() {
        String leaving = newUser("leaving");
        String conversationId = calls.startConversation(leaving, newUser("staying"));
        deleteAccount(leaving);

        ApiResponse send = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(leaving, Role.CUSTOMER)
                .post(messagesOf(conversationId), Map.of("body", "still here?")));
        ApiResponse start = MESSAGING.assertNothingWrittenOrPublishedBy(() -> MESSAGING.apiAs(leaving, Role.CUSTOMER)
                .post(CONVERSATIONS, Map.of("participantId", newUser("someone"))));
        ApiResponse read = MESSAGING.apiAs(leaving, Role.CUSTOMER).get(conversation(conversationId));
        ApiResponse list = MESSAGING.apiAs(leaving, Role.CUSTOMER).get(CONVERSATIONS);

        assertThat(List.of(send.status(), start.status(), read.status(), list.status())).containsOnly(401);
    }

    private static Event<UserDeleted> deleteAccount(String userId) {
        Event<UserDeleted> event = MESSAGING.publish(new UserDeleted(userId, userId + "@example.ng"), ServiceName.USERS);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                MESSAGING.count("SELECT COUNT(*) FROM deleted_users WHERE user_id = ?", userId) == 1);
        return event;
    }

    /** Waits until the group has been delivered, and has acknowledged, every user.deleted on the stream. */
    private static void awaitEveryDeletionHandled() {
        String stream = EventType.USER_DELETED.streamKey();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            String lastEntry = MESSAGING.redis().xrevrange(stream, Range.create("-", "+"), Limit.from(1)).get(0).getId();
            Map<String, Object> group = groupInfo(stream);
            return lastEntry.equals(String.valueOf(group.get("last-delivered-id"))) && ((Number) group.get("pending")).longValue() == 0;
        });
    }

    private static Map<String, Object> groupInfo(String stream) {
        for (Object group : MESSAGING.redis().xinfoGroups(stream)) {
            List<?> fields = (List<?>) group;
            Map<String, Object> info = new java.util.HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                info.put(String.valueOf(fields.get(i)), fields.get(i + 1));
            }
            if ("messaging".equals(info.get("name"))) {
                return info;
            }
        }
        throw new AssertionError("no group messaging on " + stream);
    }

    private static List<Map<String, Object>> everyRowAbout(String userId) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(MESSAGING.rows("SELECT * FROM deleted_users WHERE user_id = ?", userId));
        rows.addAll(MESSAGING.rows("SELECT * FROM conversation_participants WHERE user_id = ?", userId));
        rows.addAll(MESSAGING.rows("SELECT * FROM conversations WHERE first_participant = ? OR second_participant = ?",
                userId, userId));
        rows.addAll(MESSAGING.rows("SELECT * FROM messages WHERE sender_id = ? ORDER BY seq", userId));
        return rows;
    }

    private static JsonNode participant(JsonNode conversation, String userId) {
        for (JsonNode participant : conversation.path("participants")) {
            if (participant.path("userId").asText().equals(userId)) {
                return participant;
            }
        }
        throw new AssertionError(userId + " is not a participant of " + conversation);
    }
}
