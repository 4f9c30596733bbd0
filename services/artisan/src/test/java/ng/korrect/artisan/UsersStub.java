package ng.korrect.artisan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the Users service in tests: {@code GET /api/v1/account/{userId}} answers the user put
 * with {@link #answer}, the status put with {@link #refuse}, 404 for others; it can be stopped and started again
 * on the same port.
 */
final class UsersStub {

    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private final int port;

    private UsersStub() {
        server = bind(0);
        port = server.getAddress().getPort();
    }

    /** A stub answering on a free port. */
    static UsersStub start() {
        return new UsersStub();
    }

    /** The base URL. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answers that user with those names (and an email). */
    void answer(String userId, String firstName, String lastName) {
        users.put(userId, "{\"userId\":\"" + userId + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\""
                + lastName + "\",\"email\":\"" + userId + "@example.ng\",\"role\":\"artisan\"}");
    }

    /** Answers that status, with an error body, for that user. */
    void refuse(String userId, int status) {
        refusals.put(userId, status);
    }

    /** The Authorization headers received so far. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The paths requested so far. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    /** Stops answering: connections are refused. */
    synchronized void stop() {
        server.stop(0);
    }

    /** Answers again, on the same port. */
    synchronized void restart() {
        server = bind(port);
    }

    private HttpServer bind(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/api/v1/account/", this::handle);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String userId = path.substring("/api/v1/account/".length());
        String user = users.get(userId);
        Integer refusal = refusals.get(userId);
        int status = refusal != null ? refusal : user == null ? 404 : 200;
        byte[] body = (status == 200 ? user : "{\"error\":{\"code\":\"status_" + status + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
