package ng.korrect.messaging;

import static ng.korrect.messaging.MessagingCalls.CONVERSATIONS;
import static ng.korrect.messaging.MessagingCalls.messagesOf;
import static ng.korrect.messaging.MessagingCalls.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyIT {

    private static final int REQUESTS = 8;

    @RegisterExtension
    static final ServiceFixture<MessagingService> MESSAGING = ServiceFixture.of(ServiceName.MESSAGING, MessagingService::new);

    private final MessagingCalls calls = new MessagingCalls(MESSAGING);

    @Test
    void shouldCreateOneConversationWhenBothUsersStartItAtOnce() throws Exception {
        String customer = newUser("customer");
        String artisan = newUser("artisan");

        List<ApiResponse> answers = all(IntStream.range(0, REQUESTS).<Callable<ApiResponse>>mapToObj(i -> () ->
                MESSAGING.apiAs(i % 2 == 0 ? customer : artisan, Role.CUSTOMER)
                        .post(CONVERSATIONS, Map.of("participantId", i % 2 == 0 ? artisan : customer))).toList());

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(answer -> answer.body().path("id").asText()).containsOnly(
                answers.get(0).body().path("id").asText());
        assertThat(MESSAGING.count("SELECT COUNT(*) FROM conversations WHERE first_participant IN (?, ?)",
                customer, artisan)).isEqualTo(1);
    }

    @Test
    void shouldNumberMessagesSentAtOnceWithoutGapsOrRepeats() throws Exception {
        String customer = newUser("customer");
        String artisan = newUser("artisan");
        String conversationId = calls.startConversation(customer, artisan);

        List<ApiResponse> answers = all(IntStream.range(0, REQUESTS).<Callable<ApiResponse>>mapToObj(i -> () ->
                MESSAGING.apiAs(i % 2 == 0 ? customer : artisan, Role.CUSTOMER)
                        .post(messagesOf(conversationId), Map.of("body", "at once " + i))).toList());

        assertThat(answers).extracting(ApiResponse::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().path("seq").asLong())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REQUESTS).mapToObj(Long::valueOf).toList());
        MESSAGING.awaitOutboxDrained();
        assertThat(MESSAGING.events(MessageSent.class)).filteredOn(event -> event.payload().conversationId().equals(conversationId))
                .hasSize(REQUESTS);
    }

    private static List<ApiResponse> all(List<Callable<ApiResponse>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<ApiResponse> answers = new java.util.ArrayList<>();
            for (Future<ApiResponse> answer : pool.invokeAll(requests)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
