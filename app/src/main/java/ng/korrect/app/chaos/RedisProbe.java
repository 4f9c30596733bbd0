package ng.korrect.app.chaos;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/** Whether a Redis answers {@code PING}, tried until a deadline. */
final class RedisProbe {

    private RedisProbe() {
    }

    /** Whether the Redis at that URL answers within that time. */
    static boolean answersWithin(String redisUrl, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        io.lettuce.core.RedisURI uri = io.lettuce.core.RedisURI.create(redisUrl);
        uri.setTimeout(Duration.ofSeconds(2));
        RedisClient client = RedisClient.create(uri);
        try {
            while (System.nanoTime() < deadline) {
                try (StatefulRedisConnection<String, String> connection = client.connect()) {
                    if ("PONG".equals(connection.sync().ping())) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // not yet
                }
                Thread.sleep(250);
            }
            return false;
        } finally {
            client.shutdown();
        }
    }
}
