package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.messagesOf;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The correlation id of a request travels into the events it causes, and never into another request's. */
class CorrelationAcrossRequestsIT {

    private static final String HEADER = "X-Correlation-Id";

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING, MessagingService::new);

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldCarryTheRequestsCorrelationIdIntoMessageSent() {
        String sender = newUser("customer");
        String conversationId = calls.startConversation(sender, newUser("artisan"));
        String correlationId = "checkout-" + UUID.randomUUID();

        ApiResponse sent = MESSAGING.apiAs(sender, Role.CUSTOMER).withHeader(HEADER, correlationId)
                .post(messagesOf(conversationId), Map.of("body", "traced"));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.headers().firstValue(HEADER)).hasValue(correlationId);
        assertThat(eventOf(sent).correlationId()).hasValue(correlationId);
    }

    @Test
    void shouldGenerateACorrelationIdWhenTheRequestHasNoneAndCarryItIntoMessageSent() {
        String sender = newUser("customer");
        String conversationId = calls.startConversation(sender, newUser("artisan"));

        ApiResponse sent = MESSAGING.apiAs(sender, Role.CUSTOMER).post(messagesOf(conversationId), Map.of("body", "untraced"));

        assertThat(sent.status()).isEqualTo(201);
        String generated = sent.headers().firstValue(HEADER).orElseThrow();
        assertThat(generated).isNotBlank();
        assertThat(eventOf(sent).correlationId()).hasValue(generated);
    }

    @Test
    void shouldNotLetOneRequestsCorrelationIdLeakIntoTheNextRequestsEvent() {
        String sender = newUser("customer");
        String conversationId = calls.startConversation(sender, newUser("artisan"));
        String first = "first-" + UUID.randomUUID();

        ApiResponse traced = MESSAGING.apiAs(sender, Role.CUSTOMER).withHeader(HEADER, first)
                .post(messagesOf(conversationId), Map.of("body", "one"));
        ApiResponse untraced = MESSAGING.apiAs(sender, Role.CUSTOMER).post(messagesOf(conversationId), Map.of("body", "two"));
        ApiResponse otherTrace = MESSAGING.apiAs(sender, Role.CUSTOMER).withHeader(HEADER, "second-" + first)
                .post(messagesOf(conversationId), Map.of("body", "three"));

        assertThat(eventOf(traced).correlationId()).hasValue(first);
        String generated = untraced.headers().firstValue(HEADER).orElseThrow();
        assertThat(generated).isNotEqualTo(first);
        assertThat(eventOf(untraced).correlationId()).hasValue(generated);
        assertThat(eventOf(otherTrace).correlationId()).hasValue("second-" + first);
    }

    @Test
    void shouldReplaceACorrelationIdThatCouldForgeLogLinesAndCarryTheReplacement() {
        String sender = newUser("customer");
        String conversationId = calls.startConversation(sender, newUser("artisan"));
        String tooLong = "x".repeat(129);

        ApiResponse sent = MESSAGING.apiAs(sender, Role.CUSTOMER).withHeader(HEADER, tooLong)
                .post(messagesOf(conversationId), Map.of("body", "odd header"));

        String replacement = sent.headers().firstValue(HEADER).orElseThrow();
        assertThat(replacement).isNotEqualTo(tooLong).isNotBlank();
        assertThat(eventOf(sent).correlationId()).hasValue(replacement);
    }

    private static Event<MessageSent> eventOf(ApiResponse sent) {
        String messageId = sent.body().path("id").asText();
        return MESSAGING.awaitEvent(MessageSent.class, payload -> payload.messageId().equals(messageId));
    }
}
