package ng.korrect.platform.delivery;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a channel's provider takes messages.
 *
 * @param url the URL messages are POSTed to
 * @param apiKey the key sent as {@code Authorization: Bearer <key>}, if the provider wants one
 */
public record ProviderEndpoint(URI url, Optional<String> apiKey) {

    /** Rejects nulls. */
    public ProviderEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public String toString() {
        return "ProviderEndpoint[url=" + url + ", apiKey=" + apiKey.map(key -> "<set>").orElse("<none>") + "]";
    }
}
