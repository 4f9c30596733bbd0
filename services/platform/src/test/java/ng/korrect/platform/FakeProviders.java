package ng.korrect.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The providers and the Users service as a test sees them, on a JDK {@link HttpServer}: {@code /push}
 * accepts every message, {@code /sms} fails each message's first attempt (503) and accepts the next,
 * {@code /email} always fails (500), and {@code /users/api/v1/account/{id}} answers the accounts the
 * test put in, 500 for the others.
 */
final class FakeProviders implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A request the server received.
     *
     * @param path the path
     * @param authorization the Authorization header, or null
     * @param body the JSON body (missing for a GET)
     */
    record Received(String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> smsSeen = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Object>> accounts = new ConcurrentHashMap<>();

    private FakeProviders(HttpServer server) {
        this.server = server;
    }

    /** Starts the server on a free port of the loopback interface. */
    static FakeProviders start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeProviders providers = new FakeProviders(server);
            server.createContext("/push", exchange -> providers.answer(exchange, 202));
            server.createContext("/sms", exchange -> providers.reply(exchange,
                    providers.smsSeen.add(providers.record(exchange).body().path("deliveryId").asText()) ? 503 : 200));
            server.createContext("/email", exchange -> providers.answer(exchange, 500));
            server.createContext("/users/api/v1/account/", providers::account);
            server.start();
            return providers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes {@code GET /users/api/v1/account/{userId}} answer that account. */
    void account(String userId, Map<String, Object> account) {
        accounts.put(userId, account);
    }

    /** Every request received so far on that path prefix. */
    List<Received> received(String pathPrefix) {
        return received.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void account(HttpExchange exchange) throws IOException {
        record(exchange);
        String userId = exchange.getRequestURI().getPath().substring("/users/api/v1/account/".length());
        Map<String, Object> account = accounts.get(userId);
        byte[] body = account == null ? "{\"error\":{\"code\":\"internal\"}}".getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(account);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(account == null ? 500 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        record(exchange);
        reply(exchange, status);
    }

    private void reply(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Received record(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
        Received request = new Received(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body);
        received.add(request);
        return request;
    }
}
