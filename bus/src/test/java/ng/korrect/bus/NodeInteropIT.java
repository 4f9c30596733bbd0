package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NodeInteropIT {

    /** The envelopes Node.js wrote for the catalog's golden tests, one per line. */
    private static final Path GOLDEN = Path.of("..", "catalog", "src", "test", "resources", "golden", "events.jsonl");

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @Test
    void shouldConsumeEveryEntryTheNodeJsServicesWriteAndSeeTheSameBytes() throws IOException {
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        EventCodec codec = EventCodec.create();
        for (String line : golden) {
            redis.redis().xadd(codec.decode(line).type().streamKey(), Map.of("data", line));
        }
        Map<String, String> reEncoded = new ConcurrentHashMap<>();
        try (EventBus bus = EventBus.connect(BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200)).build())) {
            EventBus.GroupBuilder group = bus.consumerGroup(ServiceName.PLATFORM);
            for (EventType type : EventType.values()) {
                group.on(type.payloadType().asSubclass(EventPayload.class),
                        (event, delivery) -> reEncoded.put(event.id().toString(), codec.encodeToString(event)));
            }
            group.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> reEncoded.size() == golden.size());
        }
        for (String line : golden) {
            String id = codec.decode(line).id().toString();
            assertThat(reEncoded.get(id)).isEqualTo(line);
        }
        for (EventType type : EventType.values()) {
            assertThat(redis.redis().exists(type.deadLetterKey())).as(type.deadLetterKey()).isZero();
        }
    }
}
