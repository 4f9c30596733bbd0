package ng.korrect.transaction.artisan;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import ng.korrect.service.peer.PeerClient;
import ng.korrect.service.peer.PeerUnavailableException;

/**
 * Reads artisan profiles from the artisan service ({@code GET {base}/api/v1/artisans/{profileId}}) with an
 * admin token of the transaction service's own identity, one call with a timeout, under the kit's
 * {@link PeerClient} failure policy: a 404 is an unknown profile (empty); no answer, another status or a body
 * without {@code profileId} and {@code userId} is a {@link PeerUnavailableException}. Thread-safe.
 */
public final class ArtisanProfiles {

    private final PeerClient artisan;

    /** A client of the artisan service at that base URL; {@code serviceToken} gives a fresh token for each call. */
    public ArtisanProfiles(URI baseUrl, Duration timeout, Supplier<String> serviceToken) {
        this.artisan = new PeerClient("artisan", baseUrl, timeout, 1, serviceToken);
    }

    /**
     * The profile, or empty when the artisan service does not know it.
     *
     * @throws PeerUnavailableException when the artisan service gave no usable answer
     */
    public Optional<ArtisanProfile> find(String profileId) {
        return artisan.get("/api/v1/artisans/" + PeerClient.segment(profileId), ArtisanProfiles::profile);
    }

    private static ArtisanProfile profile(JsonNode body) {
        JsonNode id = body.path("profileId");
        JsonNode owner = body.path("userId");
        if (!id.isTextual() || !owner.isTextual()) {
            throw new IllegalArgumentException("a profile without profileId or userId");
        }
        return new ArtisanProfile(id.textValue(), owner.textValue());
    }
}
