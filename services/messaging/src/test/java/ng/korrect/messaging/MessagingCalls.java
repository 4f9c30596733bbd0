package ng.korrect.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;

/** The calls the messaging tests make again and again, each checked to succeed. */
final class MessagingCalls {

    static final String CONVERSATIONS = "/api/v1/messages/conversations";

    private final ServiceFixture<MessagingService> messaging;

    MessagingCalls(ServiceFixture<MessagingService> messaging) {
        this.messaging = messaging;
    }

    /** A user id no other test uses. */
    static String newUser(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /** Starts (or finds) the conversation of the two users, as the first; returns its id. */
    String startConversation(String starter, String participant) {
        ApiResponse started = messaging.apiAs(starter, Role.CUSTOMER).post(CONVERSATIONS, Map.of("participantId", participant));
        assertThat(started.status()).as(started.toString()).isIn(200, 201);
        return started.body().path("id").asText();
    }

    /** Sends the text to the conversation as that user; returns the message's id. */
    String send(String conversationId, String sender, String text) {
        ApiResponse sent = messaging.apiAs(sender, Role.CUSTOMER).post(messagesOf(conversationId), Map.of("body", text));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.body().path("id").asText();
    }

    /** The path of a conversation. */
    static String conversation(String conversationId) {
        return CONVERSATIONS + "/" + conversationId;
    }

    /** The path of a conversation's messages. */
    static String messagesOf(String conversationId) {
        return conversation(conversationId) + "/messages";
    }
}
