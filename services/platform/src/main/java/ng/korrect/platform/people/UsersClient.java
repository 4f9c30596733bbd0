package ng.korrect.platform.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import ng.korrect.catalog.payload.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a user's current account from the Users service ({@code GET {usersUrl}/api/v1/account/{userId}})
 * with an admin token, for {@code user.updated}, which names the changed fields but not their values.
 * Any failure (Users down, 404, an answer without the fields) is logged and answered with empty, so
 * that the caller keeps what it knew. Thread-safe.
 */
public final class UsersClient {

    private static final Logger LOG = LoggerFactory.getLogger(UsersClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI usersUrl;
    private final Supplier<String> adminToken;
    private final Duration timeout;
    private final HttpClient http;

    /** A client of the Users service at that URL, authenticating with the tokens the supplier mints. */
    public UsersClient(URI usersUrl, Supplier<String> adminToken, Duration timeout) {
        this.usersUrl = Objects.requireNonNull(usersUrl, "usersUrl");
        this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The user's account as the Users service has it now; empty when it cannot say. */
    public Optional<KnownUser> fetch(String userId) {
        URI uri = URI.create(usersUrl + "/api/v1/account/" + URLEncoder.encode(userId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + adminToken.get()).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("cannot refresh user {}: the Users service answered {}", userId, response.statusCode());
                return Optional.empty();
            }
            return read(userId, JSON.readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot refresh user {} from the Users service at {}: {}", userId, usersUrl, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<KnownUser> read(String userId, JsonNode account) {
        String email = account.path("email").asText(null);
        String role = account.path("role").asText(null);
        if (email == null || role == null || !account.path("firstName").isTextual() || !account.path("lastName").isTextual()) {
            LOG.warn("cannot refresh user {}: the Users service's answer lacks email, role or names", userId);
            return Optional.empty();
        }
        JsonNode phone = account.path("phone");
        return Optional.of(new KnownUser(userId, Roles.of(role), email, account.path("firstName").asText(),
                account.path("lastName").asText(), phone.isTextual() ? Optional.of(phone.asText()) : Optional.empty(),
                account.path("emailVerified").asBoolean(false)));
    }
}
