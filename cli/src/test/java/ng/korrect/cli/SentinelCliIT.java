package ng.korrect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Optional;
import ng.korrect.bus.SentinelTopology;
import ng.korrect.catalog.EventType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CLI against Redis Sentinel ({@code redis-sentinel://sentinels#master}): it asks the Sentinels for the master
 * and works there, with the data nodes' password in the URL while the Sentinels have none.
 */
class SentinelCliIT {

    private static final String BOOKING = "{\"bookingId\":\"b-1\",\"customerId\":\"c-1\",\"artisanId\":\"a-1\","
            + "\"artisanProfileId\":\"p-1\",\"service\":\"Plumbing\",\"status\":\"pending\"}";

    @Test
    void shouldPublishTailAndListStreamsOnTheMasterThatTheSentinelsName() {
        Assumptions.assumeTrue(SentinelTopology.available(), "no redis-server on this machine for Sentinel");
        try (SentinelTopology topology = SentinelTopology.start(1)) {
            CommandRun published = CommandRun.of("publish", "booking.created", "--redis", topology.url(), "--payload", BOOKING);
            CommandRun tailed = CommandRun.of("tail", "--redis", topology.url(), "--from", "0", "--no-follow", "--json");
            CommandRun streams = CommandRun.of("streams", "--redis", topology.url(), "--json");

            assertThat(published.status()).as(published.err()).isZero();
            assertThat(streamLength(topology.nodeUrl(topology.masterPort()))).isEqualTo(1);
            assertThat(tailed.status()).as(tailed.err()).isZero();
            assertThat(tailed.out()).contains(published.out().strip());
            assertThat(streams.err()).doesNotContain("cannot reach");
            assertThat(streams.out()).contains(EventType.BOOKING_CREATED.streamKey());
        }
    }

    @Test
    void shouldLogInToTheDataNodesWithThePasswordOfTheUrlAndHideItWhenItIsWrong() {
        Assumptions.assumeTrue(SentinelTopology.available(), "no redis-server on this machine for Sentinel");
        try (SentinelTopology topology = SentinelTopology.start(1, Optional.of("data-s3cret"))) {
            CommandRun published = CommandRun.of("publish", "booking.created", "--redis", topology.url(), "--payload", BOOKING);
            String wrong = topology.url().replace("data-s3cret", "wrong-s3cret");
            CommandRun refused = CommandRun.of("publish", "booking.created", "--redis", wrong, "--payload", BOOKING);

            assertThat(published.status()).as(published.err()).isZero();
            assertThat(streamLength(topology.nodeUrl(topology.masterPort()))).isEqualTo(1);
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).doesNotContain("wrong-s3cret");
        }
    }

    private static long streamLength(String url) {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().xlen(EventType.BOOKING_CREATED.streamKey());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ZERO);
        }
    }
}
