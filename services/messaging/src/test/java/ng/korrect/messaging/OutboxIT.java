package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.messagesOf;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxIT {

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING, MessagingService::new);

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldSendMessagesWhileRedisIsDownAndPublishEachEventOnceInOrderWhenItReturns() {
        String sender = newUser("customer");
        String recipient = newUser("artisan");
        String conversationId = calls.startConversation(sender, recipient);
        List<String> messageIds = new ArrayList<>();

        MESSAGING.redisServer().stop();
        try {
            for (int i = 1; i <= 3; i++) {
                ApiResponse sent = MESSAGING.apiAs(sender, Role.CUSTOMER)
                        .post(messagesOf(conversationId), Map.of("body", "while Redis is down " + i));
                assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
                messageIds.add(sent.body().path("id").asText());
            }
        } finally {
            MESSAGING.redisServer().restart();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> publishedIn(conversationId).size() >= 3);
        MESSAGING.awaitOutboxDrained();
        assertThat(publishedIn(conversationId)).containsExactlyElementsOf(messageIds);
    }

    private static List<String> publishedIn(String conversationId) {
        return MESSAGING.events(MessageSent.class).stream().map(event -> event.payload())
                .filter(payload -> payload.conversationId().equals(conversationId)).map(MessageSent::messageId).toList();
    }
}
