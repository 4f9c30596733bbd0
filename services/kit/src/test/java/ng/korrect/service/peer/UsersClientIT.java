package ng.korrect.service.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersClientIT {

    private static final String ADA = "{\"userId\":\"u-1\",\"email\":\"ada@example.ng\",\"firstName\":\"Ada\","
            + "\"lastName\":\"Obi\",\"phone\":\"+2348012345678\",\"role\":\"artisan\",\"emailVerified\":true}";

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private record Answer(int status, String body) {
    }

    @BeforeEach
    void startUsers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopUsers() {
        server.stop(0);
    }

    @Test
    void shouldReadTheAccountWithAFreshServiceToken() {
        answers.add(new Answer(200, ADA));

        Optional<UserAccount> account = client(1).account("u-1");

        assertThat(account).contains(new UserAccount("u-1", "ada@example.ng", "Ada", "Obi",
                Optional.of("+2348012345678"), Role.ARTISAN, true));
        assertThat(requests).containsExactly("GET /api/v1/account/u-1 Bearer token-1");
    }

    @Test
    void shouldAnswerEmptyForAnAccountUsersDoesNotKnow() {
        answers.add(new Answer(404, "{\"error\":\"not_found\"}"));

        assertThat(client(3).account("gone")).isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldTryAgainUpToItsAttemptsWhenUsersFails() {
        answers.add(new Answer(503, "{}"));
        answers.add(new Answer(500, "{}"));
        answers.add(new Answer(200, ADA));

        assertThat(client(3).account("u-1")).map(UserAccount::firstName).contains("Ada");
        assertThat(requests).hasSize(3);
    }

    @Test
    void shouldFailAsUnavailableOnceTheAttemptsAreSpent() {
        answers.add(new Answer(500, "{}"));
        answers.add(new Answer(502, "{}"));

        assertThatThrownBy(() -> client(2).account("u-1"))
                .isInstanceOf(PeerUnavailableException.class)
                .hasMessage("the users service answered 502")
                .extracting(failure -> ((PeerUnavailableException) failure).peer()).isEqualTo("users");
        assertThat(requests).hasSize(2);
    }

    @Test
    void shouldFailPermanentlyAndAtOnceWhenUsersRefusesTheRequest() {
        answers.add(new Answer(403, "{\"error\":{\"code\":\"forbidden\"}}"));

        assertThatThrownBy(() -> client(3).account("u-1"))
                .isInstanceOf(PeerRefusedException.class)
                .isInstanceOf(ng.korrect.bus.PermanentFailureException.class)
                .hasMessage("the users service refused GET /api/v1/account/u-1: it answered 403");
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldTryAgainWhenUsersAsksToWait() {
        answers.add(new Answer(429, "{}"));
        answers.add(new Answer(408, "{}"));
        answers.add(new Answer(200, ADA));

        assertThat(client(3).account("u-1")).isPresent();
        assertThat(requests).hasSize(3);
    }

    @Test
    void shouldTreatAnAnswerThatIsNotAnAccountAsUnavailable() {
        answers.add(new Answer(200, "{\"userId\":\"u-1\",\"firstName\":\"Ada\"}"));
        answers.add(new Answer(200, "not json"));

        assertThatThrownBy(() -> client(1).account("u-1")).hasMessage("the users service answered an account without email");
        assertThatThrownBy(() -> client(1).account("u-1")).hasMessage("the users service answered a body that is not JSON");
    }

    @Test
    void shouldFailAsUnavailableWhenNothingListens() {
        server.stop(0);

        assertThatThrownBy(() -> client(1).account("u-1")).isInstanceOf(PeerUnavailableException.class)
                .hasMessageStartingWith("the users service did not answer");
    }

    @Test
    void shouldEncodeTheUserIdAsOnePathSegment() {
        answers.add(new Answer(404, "{}"));

        client(1).account("a b/c");

        assertThat(requests).containsExactly("GET /api/v1/account/a%20b%2Fc Bearer token-1");
    }

    private UsersClient client(int attempts) {
        int[] minted = {0};
        return new UsersClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(2),
                attempts, () -> "token-" + ++minted[0]);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        Answer answer = answers.isEmpty() ? new Answer(500, "{}") : answers.poll();
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
