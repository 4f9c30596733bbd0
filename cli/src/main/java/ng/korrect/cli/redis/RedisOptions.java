package ng.korrect.cli.redis;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --redis URL} option that every command talking to Redis mixes in; without it the
 * {@code REDIS_URL} environment variable, else {@value #DEFAULT_URL}.
 */
public final class RedisOptions {

    /** Where Redis is when neither the option nor the variable says. */
    public static final String DEFAULT_URL = "redis://localhost:6379";

    @Option(names = "--redis", paramLabel = "URL",
            description = "The Redis to use (redis:// or rediss://, user and password in the URL); "
                    + "default: REDIS_URL, else " + DEFAULT_URL + ".")
    private String url;

    /** The URL to connect to. */
    public String url() {
        return Optional.ofNullable(url)
                .or(() -> Optional.ofNullable(System.getenv("REDIS_URL")).filter(value -> !value.isBlank()))
                .orElse(DEFAULT_URL);
    }

    /** Opens a session on that Redis. */
    public RedisSession connect() {
        return RedisSession.open(url());
    }
}
