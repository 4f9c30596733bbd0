package ng.korrect.transaction.artisan;

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

/**
 * Reads artisan profiles from the artisan service ({@code GET {base}/api/v1/artisans/{profileId}}) with an
 * admin token of the transaction service's own identity, one call with a timeout. A 404 is an unknown
 * profile (empty); no answer, another status or a body without {@code profileId} and {@code userId} is
 * {@link ArtisanUnavailableException}. Thread-safe.
 */
public final class ArtisanProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final Duration timeout;
    private final Supplier<String> serviceToken;
    private final HttpClient http;

    /** A client of the artisan service at that base URL; {@code serviceToken} gives a fresh token for each call. */
    public ArtisanProfiles(URI baseUrl, Duration timeout, Supplier<String> serviceToken) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.serviceToken = Objects.requireNonNull(serviceToken, "serviceToken");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The profile, or empty when the artisan service does not know it. */
    public Optional<ArtisanProfile> find(String profileId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/artisans/"
                        + URLEncoder.encode(profileId, StandardCharsets.UTF_8).replace("+", "%20")))
                .timeout(timeout)
                .header("Authorization", "Bearer " + serviceToken.get())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ArtisanUnavailableException("the artisan service did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArtisanUnavailableException("interrupted while asking the artisan service", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ArtisanUnavailableException("the artisan service answered " + response.statusCode(), null);
        }
        return Optional.of(profile(response.body()));
    }

    private static ArtisanProfile profile(String body) {
        try {
            JsonNode profile = JSON.readTree(body);
            JsonNode id = profile.path("profileId");
            JsonNode owner = profile.path("userId");
            if (!id.isTextual() || !owner.isTextual()) {
                throw new ArtisanUnavailableException("the artisan service answered a profile without profileId or userId",
                        null);
            }
            return new ArtisanProfile(id.textValue(), owner.textValue());
        } catch (IOException e) {
            throw new ArtisanUnavailableException("the artisan service answered a body that is not JSON", e);
        }
    }
}
