package ng.korrect.transaction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the artisan service in the transaction service's tests: {@code GET /api/v1/artisans/{id}}
 * answers the profiles put with {@link #profile}, 404 for others; {@link #failWith} makes it answer an
 * error instead. One {@link #shared()} stub serves every test class; a test of outages starts its own.
 */
final class ArtisanStub {

    private static final ArtisanStub SHARED = start();

    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int failure;

    private ArtisanStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/artisans/", this::handle);
        server.start();
    }

    /** A stub of its own, on a free port. */
    static ArtisanStub start() {
        return new ArtisanStub();
    }

    /** The stub every test class shares. */
    static ArtisanStub shared() {
        return SHARED;
    }

    /** The transaction service's settings of those variables, with the shared stub as its artisan service. */
    static TransactionSettings settings(Map<String, String> variables) {
        return SHARED.settingsWith(variables);
    }

    /** The transaction service's settings of those variables, with this stub as its artisan service. */
    TransactionSettings settingsWith(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put(TransactionSettings.ARTISAN_URL, url());
        all.put(TransactionSettings.ARTISAN_TIMEOUT_MS, "1000");
        return TransactionSettings.fromMap(all);
    }

    /** The base URL. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers that profile as owned by that user. */
    void profile(String profileId, String userId) {
        owners.put(profileId, userId);
    }

    /** Answers every request with that status (0: answer normally again). */
    void failWith(int status) {
        failure = status;
    }

    /** The Authorization headers received so far. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String profileId = exchange.getRequestURI().getPath().substring("/api/v1/artisans/".length());
        String owner = owners.get(profileId);
        int status = failure != 0 ? failure : owner == null ? 404 : 200;
        String json = status == 200 ? "{\"profileId\":\"" + profileId + "\",\"userId\":\"" + owner
                + "\",\"displayName\":\"Stub\",\"figures\":{}}" : "{\"error\":{\"code\":\"stub\",\"message\":\"stub\"}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
