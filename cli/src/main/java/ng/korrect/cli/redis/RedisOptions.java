package ng.korrect.cli.redis;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --redis URL} option that every command talking to Redis mixes in; without it the
 * {@code REDIS_URL} environment variable, else {@value #DEFAULT_URL}. With {@code rediss://}, the server's
 * certificate must chain to {@code --redis-ca-file} (else {@code REDIS_TLS_CA_FILE}, else the JVM's trust store).
 */
public final class RedisOptions {

    /** Where Redis is when neither the option nor the variable says. */
    public static final String DEFAULT_URL = "redis://localhost:6379";

    @Option(names = "--redis", paramLabel = "URL",
            description = "The Redis to use: redis://[user:password@]host:port (rediss:// for TLS), or "
                    + "redis-sentinel://[user:password@]host:port[,host:port...][/db]#MASTER for the master that "
                    + "Sentinels name (rediss-sentinel:// for TLS); default: REDIS_URL, else " + DEFAULT_URL + ".")
    private String url;

    @Option(names = "--redis-ca-file", paramLabel = "FILE",
            description = "For rediss://: a PEM file of the certificates that the server's must chain to, instead of "
                    + "the JVM's trust store; default: REDIS_TLS_CA_FILE.")
    private Path caFile;

    /** The URL to connect to. */
    public String url() {
        return Optional.ofNullable(url)
                .or(() -> Optional.ofNullable(System.getenv("REDIS_URL")).filter(value -> !value.isBlank()))
                .orElse(DEFAULT_URL);
    }

    /** The certificates to trust for {@code rediss://}, when given. */
    public Optional<Path> caFile() {
        return Optional.ofNullable(caFile)
                .or(() -> Optional.ofNullable(System.getenv("REDIS_TLS_CA_FILE")).filter(value -> !value.isBlank()).map(Path::of));
    }

    /** Opens a session on that Redis. */
    public RedisSession connect() {
        return RedisSession.open(url(), caFile());
    }
}
