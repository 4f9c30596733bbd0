package ng.korrect.bus;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;

/**
 * A consumer in a process of its own, for tests that kill it: it counts each handled booking in the
 * hash {@value #APPLIED} (its "effect"), slowly enough to be killed in the middle of a batch.
 * Arguments: the Redis URL and the consumer name.
 */
public final class CountingConsumerMain {

    /** The hash of booking id to how many times the handler applied it. */
    public static final String APPLIED = "test:applied";

    private CountingConsumerMain() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        RedisClient client = RedisClient.create(args[0]);
        StatefulRedisConnection<String, String> effects = client.connect();
        EventBus bus = EventBus.connect(BusOptions.builder(args[0]).maxInFlight(64).blockTime(Duration.ofMillis(200)).build());
        bus.consumerGroup(ServiceName.ARTISAN).consumerName(args[1])
                .on(BookingCreated.class, (event, delivery) -> {
                    effects.sync().hincrby(APPLIED, event.payload().bookingId(), 1);
                    Thread.sleep(2);
                })
                .start();
        Thread.sleep(Long.MAX_VALUE);
    }
}
