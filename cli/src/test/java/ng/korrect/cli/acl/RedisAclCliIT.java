package ng.korrect.cli.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import ng.korrect.bus.acl.TlsRedis;
import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code korrect redis acl} prints, loaded as the {@code aclfile} of a real Redis 7 that speaks TLS
 * only: the CLI works as {@code admin} when it trusts the certificate, a service's user cannot publish what
 * another service produces, and a client that does not trust the certificate does not get in.
 */
class RedisAclCliIT {

    private static final String USER_DELETED = "{\"userId\":\"usr_1\",\"email\":\"ada@example.ng\"}";

    @TempDir
    static Path directory;

    private static TlsRedis redis;
    private static Map<String, String> passwords;

    @BeforeAll
    static void startRedisWithThePrintedAclFile() throws IOException, InterruptedException {
        Assumptions.assumeTrue(TlsRedis.available(), "needs openssl and a redis-server on the PATH");
        Path passwordFile = directory.resolve("redis-passwords");
        CommandRun acl = CommandRun.of("redis", "acl", "--passwords", passwordFile.toString(), "--generate");
        assertThat(acl.status()).as(acl.err()).isZero();
        passwords = Files.readAllLines(passwordFile).stream().filter(line -> !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
        redis = TlsRedis.start(directory, acl.out());
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void shouldLetTheAdminUseTheCliOverTlsWhenItTrustsTheCertificate() {
        CommandRun published = CommandRun.of("publish", "user.deleted", "--source", "users", "--payload", USER_DELETED,
                "--redis", urlAs("admin"), "--redis-ca-file", redis.certificate().toString());
        CommandRun streams = CommandRun.of("streams", "--redis", urlAs("admin"), "--redis-ca-file", redis.certificate().toString());

        assertThat(published.status()).as(published.err()).isZero();
        assertThat(streams.status()).as(streams.err()).isZero();
        assertThat(streams.out()).contains("korrect:events:user.deleted");
    }

    @Test
    void shouldRefuseAUserDeletedPublishedAsTheMessagingService() {
        CommandRun run = CommandRun.of("publish", "user.deleted", "--source", "users", "--payload", USER_DELETED,
                "--redis", urlAs("messaging"), "--redis-ca-file", redis.certificate().toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("NOPERM").doesNotContain(passwords.get("messaging"));
    }

    @Test
    void shouldNotReachRedisWithoutTrustingItsCertificate() {
        CommandRun run = CommandRun.of("streams", "--redis", urlAs("admin"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach Redis at rediss://admin:***@").doesNotContain(passwords.get("admin"));
    }

    private static String urlAs(String user) {
        return redis.url().replace("://", "://" + user + ":" + passwords.get(user) + "@");
    }
}
