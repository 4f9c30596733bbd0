package ng.korrect.artisan.account;

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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a user from the Users service ({@code GET {base}/api/v1/account/{userId}}) with an admin token of
 * the artisan service's own identity. Each call has a timeout; a failed call (no answer, a 5xx, a 408 or
 * 429, a body that is not a user) is tried again a few times after a short pause, then fails with
 * {@link UsersUnavailableException}. A 404 means the user is gone: empty. Any other 4xx refuses the request
 * itself, which no retry changes: {@link UsersRefusedException} at once. Thread-safe.
 */
public final class UsersClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

    private final URI baseUrl;
    private final Duration timeout;
    private final int attempts;
    private final Supplier<String> serviceToken;
    private final HttpClient http;

    /** A client of Users at that base URL; {@code serviceToken} gives a fresh admin token for each call. */
    public UsersClient(URI baseUrl, Duration timeout, int attempts, Supplier<String> serviceToken) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.attempts = attempts;
        this.serviceToken = serviceToken;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The user, or empty when Users does not know them.
     *
     * @throws UsersUnavailableException when Users gave no useful answer within the tries
     * @throws UsersRefusedException when Users refused the request
     */
    public Optional<UserAccount> fetch(String userId) {
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return once(userId);
            } catch (IOException | UnexpectedAnswerException e) {
                last = e;
            }
            if (attempt < attempts) {
                pause(attempt);
            }
        }
        throw new UsersUnavailableException("the Users service gave no answer for user " + userId + " after "
                + attempts + " tries: " + last.getMessage(), last);
    }

    private Optional<UserAccount> once(String userId) throws IOException, UnexpectedAnswerException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/account/"
                        + URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20")))
                .timeout(timeout)
                .header("Authorization", "Bearer " + serviceToken.get())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (refuses(response.statusCode())) {
            throw new UsersRefusedException("the Users service refused to show user " + userId + ": it answered "
                    + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new UnexpectedAnswerException("answered " + response.statusCode());
        }
        return Optional.of(account(userId, response.body()));
    }

    /** A 4xx that no retry changes: not 404 (the user is gone), 408 (timeout) or 429 (too many requests). */
    private static boolean refuses(int status) {
        return status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
    }

    private static UserAccount account(String userId, String body) throws UnexpectedAnswerException {
        try {
            JsonNode user = JSON.readTree(body);
            JsonNode fields = user.path("user").isObject() ? user.get("user") : user;
            return new UserAccount(userId, text(fields, "firstName"), text(fields, "lastName"));
        } catch (IOException e) {
            throw new UnexpectedAnswerException("answered with a body that is not JSON");
        }
    }

    private static String text(JsonNode user, String field) {
        JsonNode value = user.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(FIRST_PAUSE.toMillis() * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An answer that holds no user. */
    private static final class UnexpectedAnswerException extends Exception {
        UnexpectedAnswerException(String message) {
            super(message);
        }
    }
}
