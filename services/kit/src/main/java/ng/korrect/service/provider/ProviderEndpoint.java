package ng.korrect.service.provider;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.service.ConfigException;
import ng.korrect.service.Environment;

/**
 * Where a provider (email, SMS, push) takes messages.
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

    /**
     * The provider that {@code {prefix}URL} and {@code {prefix}KEY} name (e.g. {@code KORRECT_EMAIL_}), if the
     * URL is set.
     *
     * @throws ConfigException when the URL is not an http(s) URL, or a key is set without a URL
     */
    public static Optional<ProviderEndpoint> fromEnvironment(Environment env, String prefix) {
        Optional<URI> url = env.httpUrl(prefix + "URL");
        Optional<String> key = env.text(prefix + "KEY");
        if (url.isEmpty() && key.isPresent()) {
            throw new ConfigException(prefix + "URL", "must be set when " + prefix + "KEY is");
        }
        return url.map(address -> new ProviderEndpoint(address, key));
    }

    @Override
    public String toString() {
        return "ProviderEndpoint[url=" + url + ", apiKey=" + apiKey.map(key -> "<set>").orElse("<none>") + "]";
    }
}
