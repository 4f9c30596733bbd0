package ng.korrect.bus.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bus over TLS ({@code rediss://}) to a Redis that loaded the generated ACL file at start, with its
 * {@code default} user turned off: services connect as their own users when they trust the server's
 * certificate ({@link BusOptions#trustedCertificates()}), and nobody else gets in.
 */
class RedisTlsIT {

    @TempDir
    static Path directory;

    private static TlsRedis redis;

    @BeforeAll
    static void startRedisWithTlsAndTheGeneratedAclFile() throws IOException, InterruptedException {
        Assumptions.assumeTrue(TlsRedis.available(), "needs openssl and a redis-server on the PATH");
        redis = TlsRedis.start(directory, new AclUsers().file().text());
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void shouldPublishAndConsumeOverTlsAsEachServicesOwnUserWhenTheBusTrustsTheCertificate() {
        Set<UUID> handled = ConcurrentHashMap.newKeySet();
        Event<?> booking = Event.of(SampleEvents.minimal(ng.korrect.catalog.EventType.BOOKING_CREATED).payload(),
                ServiceName.TRANSACTION);
        try (EventBus transaction = EventBus.connect(trusting(redis.urlAs("transaction")));
             EventBus platform = EventBus.connect(trusting(redis.urlAs("platform")))) {
            platform.consumerGroup("platform").on(BookingCreated.class, (event, delivery) -> handled.add(event.id())).start();

            transaction.publisher(ServiceName.TRANSACTION).publish(booking);

            await().atMost(Duration.ofSeconds(15)).until(() -> handled.contains(booking.id()));
            assertThat(transaction.health().connected()).isTrue();
        }
    }

    @Test
    void shouldRefuseAClientThatDoesNotTrustTheCertificate() {
        assertThatThrownBy(() -> EventBus.connect(BusOptions.builder(redis.urlAs("transaction")).build()).close())
                .rootCause().hasMessageContaining("unable to find valid certification path");
    }

    @Test
    void shouldRefuseTheDefaultUserAndAWrongPasswordOnceTheGeneratedFileIsLoaded() {
        assertThatThrownBy(() -> EventBus.connect(trusting(redis.url())).close())
                .rootCause().hasMessageContaining("NOAUTH");
        assertThatThrownBy(() -> EventBus.connect(trusting(redis.url().replace("://", "://platform:guess@"))).close())
                .rootCause().hasMessageContaining("WRONGPASS");
    }

    private static BusOptions trusting(String url) {
        return BusOptions.builder(url).blockTime(Duration.ofMillis(100)).trustedCertificates(redis.certificate()).build();
    }
}
