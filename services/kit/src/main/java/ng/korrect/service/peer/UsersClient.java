package ng.korrect.service.peer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import ng.korrect.catalog.payload.Role;

/**
 * Reads accounts from the Users service ({@code GET {usersUrl}/api/v1/account/{userId}}) with an admin token of
 * the calling service's own identity: the one Users client of the services, with the failure policy of
 * {@link PeerClient}. An account that Users does not know (404: never created, or deleted) is empty; no usable
 * answer within the tries is a {@link PeerUnavailableException}, which a caller either lets through (an event
 * handler: the bus delivers the event again later) or turns into keeping what it knew (and says so); Users refusing
 * the request itself is a {@link PeerRefusedException}, a permanent failure. Thread-safe.
 *
 * <pre>{@code
 * UsersClient users = new UsersClient(URI.create("http://localhost:3001"), Duration.ofSeconds(2), 3,
 *         () -> context.tokens().issue("service-artisan", Role.ADMIN));
 * Optional<UserAccount> ada = users.account(userId);
 * }</pre>
 */
public final class UsersClient {

    private final PeerClient users;

    /**
     * A client of the Users service at that base URL, each call bounded by the timeout, {@code attempts} calls at
     * most per read, with a fresh admin token from {@code serviceToken} for each.
     */
    public UsersClient(URI usersUrl, Duration timeout, int attempts, Supplier<String> serviceToken) {
        this.users = new PeerClient("users", usersUrl, timeout, attempts, serviceToken);
    }

    /**
     * The account as Users has it now, or empty when Users does not know it.
     *
     * @throws PeerUnavailableException when Users gave no usable answer
     * @throws PeerRefusedException when Users refused the request itself
     */
    public Optional<UserAccount> account(String userId) {
        return users.get("/api/v1/account/" + PeerClient.segment(userId), body -> account(userId, body));
    }

    private static UserAccount account(String userId, JsonNode body) {
        JsonNode phone = body.path("phone");
        return new UserAccount(userId, text(body, "email"), text(body, "firstName"), text(body, "lastName"),
                phone.isTextual() ? Optional.of(phone.textValue()) : Optional.empty(), role(text(body, "role")),
                body.path("emailVerified").asBoolean(false));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("an account without " + field);
        }
        return value.textValue();
    }

    private static Role role(String wireName) {
        for (Role role : Role.values()) {
            if (role.wireName().equals(wireName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("an account of an unknown role");
    }
}
