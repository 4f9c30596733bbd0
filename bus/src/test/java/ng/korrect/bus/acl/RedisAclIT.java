package ng.korrect.bus.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventHandler;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.PublishFailedException;
import ng.korrect.bus.RedisFixture;
import ng.korrect.bus.ReplayStream;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.fixture.SampleEvents;
import ng.korrect.catalog.payload.EventPayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated ACL on a real Redis 7: each service's bus does everything it does (publishing one by
 * one, in batches and atomically, the outbox's look back, its consumer group with retries, dead letters,
 * its replay stream, claiming, consumer removal and the retention watch) as its own user without one
 * refused command, while a forged event from another service's user is refused.
 */
class RedisAclIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final EventCodec CODEC = EventCodec.create();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @BeforeAll
    static void loadTheGeneratedUsers() {
        AclUsers.assumeSelectors(redis.redis());
        new AclUsers().loadInto(redis.redis());
    }

    @BeforeEach
    void forgetEarlierRefusals() {
        redis.redis().aclLogReset();
        redis.redis().configResetstat();
    }

    @ParameterizedTest
    @EnumSource(ServiceName.class)
    void shouldRunEveryPartOfTheBusOfEachServiceAsItsOwnUserWithoutARefusedCommand(ServiceName service) {
        ServiceAccess access = ServiceAccess.of(service);
        try (EventBus bus = EventBus.connect(options(AclUsers.urlAs(redis.url(), service.wireName())).build());
             EventBus others = EventBus.connect(options(redis.url()).build())) {
            publishEveryProducedType(bus.publisher(service), access);
            waitForReplicasAfterAnAtomicPublish(AclUsers.urlAs(redis.url(), service.wireName()), access);
            if (!access.consumes().isEmpty()) {
                consumeEveryConsumedType(bus, others, access);
            }
            assertThat(bus.health().connected()).isTrue();
        }

        assertThat(refusals(service.wireName())).as("commands refused to %s", service.wireName()).isEmpty();
    }

    private static void publishEveryProducedType(EventPublisher publisher, ServiceAccess access) {
        List<Event<?>> first = access.produces().stream().<Event<?>>map(type -> sample(type, access.service())).toList();
        first.forEach(publisher::publish);
        List<CompletableFuture<?>> batched = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batched.add(publisher.publishAsync(sample(first.get(0).type(), access.service())));
        }
        batched.forEach(CompletableFuture::join);
        publisher.publishAtomically(access.produces().stream().<Event<?>>map(type -> sample(type, access.service())).toList());

        assertThat(publisher.alreadyPublished(first, 100)).containsExactlyInAnyOrderElementsOf(
                first.stream().map(Event::id).toList());
        for (EventType type : access.produces()) {
            assertThat(redis.redis().xlen(type.streamKey())).as(type.streamKey()).isGreaterThanOrEqualTo(2);
        }
        assertThat(redis.redis().info("commandstats")).as("several publishes at once go out with EVAL").contains("cmdstat_eval:");
    }

    /** {@code WAIT} after the {@code EXEC}: a Redis without replicas acknowledges none, so the publish fails. */
    private static void waitForReplicasAfterAnAtomicPublish(String url, ServiceAccess access) {
        try (EventBus waiting = EventBus.connect(options(url).replicaAcks(1, Duration.ofMillis(20)).build())) {
            Event<?> event = sample(access.produces().iterator().next(), access.service());
            assertThatThrownBy(() -> waiting.publisher(access.service()).publishAtomically(List.of(event)))
                    .isInstanceOf(PublishFailedException.class)
                    .hasMessageContaining("acknowledged by 0 of the 1 replicas");
            assertThatThrownBy(() -> waiting.publisher(access.service()).alreadyPublished(List.of(event), 100))
                    .isInstanceOf(PublishFailedException.class)
                    .hasMessageContaining("held by 0 of the 1 replicas");
        }
    }

    private static void consumeEveryConsumedType(EventBus bus, EventBus others, ServiceAccess access) {
        String group = access.service().wireName();
        EventType firstType = access.consumes().iterator().next();
        Event<?> stranded = sample(firstType, firstType.producers().get(0));
        strandOnAGoneConsumer(stranded, group);

        Set<UUID> handled = ConcurrentHashMap.newKeySet();
        Event<?> poison = sample(firstType, firstType.producers().get(0));
        EventBus.GroupBuilder builder = bus.consumerGroup(group);
        for (EventType type : access.consumes()) {
            on(builder, type, (event, delivery) -> {
                if (event.id().equals(poison.id())) {
                    throw new IllegalStateException("this one always fails");
                }
                handled.add(event.id());
            });
        }
        ConsumerGroup started = builder.start();

        List<Event<?>> published = new ArrayList<>();
        for (EventType type : access.consumes()) {
            Event<?> event = sample(type, type.producers().get(0));
            others.publisher(event.source()).publish(event);
            published.add(event);
        }
        others.publisher(poison.source()).publish(poison);
        Event<?> replayed = sample(firstType, firstType.producers().get(0));
        redis.redis().xadd(ReplayStream.key(group), Map.of(ReplayStream.DATA_FIELD, text(replayed),
                ReplayStream.TYPE_FIELD, firstType.wireName(), ReplayStream.DEAD_LETTER_FIELD, "0-1"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(handled).as("handled from the event streams, the replay stream and a gone consumer")
                    .containsAll(published.stream().map(Event::id).toList()).contains(replayed.id(), stranded.id());
            assertThat(redis.redis().xlen(firstType.deadLetterKey())).as("dead letters").isEqualTo(1);
            assertThat(redis.redis().xinfoConsumers(firstType.streamKey(), group)).as("consumers left").hasSize(1);
            assertThat(started.health().streams()).as("streams the retention watch reports").hasSize(access.consumes().size());
        });
        started.close();
    }

    /** Leaves the event pending on a consumer that went away, for the group's reclaimer to claim. */
    private static void strandOnAGoneConsumer(Event<?> event, String group) {
        String stream = event.type().streamKey();
        redis.redis().xgroupCreate(XReadArgs.StreamOffset.latest(stream), group, XGroupCreateArgs.Builder.mkstream());
        redis.redis().xadd(stream, Map.of("data", text(event)));
        assertThat(redis.redis().xreadgroup(Consumer.from(group, "gone"), XReadArgs.StreamOffset.lastConsumed(stream)))
                .hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ServiceName.class, names = "USERS", mode = EnumSource.Mode.EXCLUDE)
    void shouldRefuseAUserDeletedForgedByAnyServiceButUsers(ServiceName forger) {
        Event<?> forged = sample(EventType.USER_DELETED, ServiceName.USERS);
        try (EventBus bus = EventBus.connect(options(AclUsers.urlAs(redis.url(), forger.wireName())).build())) {
            assertThatThrownBy(() -> bus.publisher(forger).publish(forged))
                    .isInstanceOf(PublishFailedException.class).hasMessageContaining("NOPERM");
        }
        assertThatThrownBy(() -> as(forger, redis -> redis.xadd(EventType.USER_DELETED.streamKey(), "data", text(forged))))
                .isInstanceOf(RedisCommandExecutionException.class).hasMessageStartingWith("NOPERM");

        assertThat(redis.redis().xlen(EventType.USER_DELETED.streamKey())).isZero();
    }

    @Test
    void shouldRefuseWhatTheBusOfTheServiceNeverDoes() {
        String bookingCreated = EventType.BOOKING_CREATED.streamKey();
        redis.redis().xgroupCreate(XReadArgs.StreamOffset.from(bookingCreated, "0"), "platform",
                XGroupCreateArgs.Builder.mkstream());

        assertRefused(ServiceName.MESSAGING, redis -> redis.xreadgroup(Consumer.from("platform", "spy"),
                XReadArgs.StreamOffset.lastConsumed(bookingCreated)));
        assertRefused(ServiceName.MESSAGING, redis -> redis.xreadgroup(Consumer.from("platform", "spy"),
                XReadArgs.StreamOffset.lastConsumed(ReplayStream.key("platform"))));
        assertRefused(ServiceName.TRANSACTION, redis -> redis.xgroupCreate(
                XReadArgs.StreamOffset.from(EventType.USER_UPDATED.streamKey(), "0"), "transaction",
                XGroupCreateArgs.Builder.mkstream()));
        assertRefused(ServiceName.ARTISAN, redis -> redis.xadd(ReplayStream.key("artisan"), "data", "{}"));
        assertRefused(ServiceName.MESSAGING, redis -> redis.xadd(EventType.BOOKING_CREATED.deadLetterKey(), "data", "{}"));
        assertRefused(ServiceName.TRANSACTION, redis -> redis.xdel(bookingCreated, "0-1"));
        assertRefused(ServiceName.TRANSACTION, redis -> redis.xtrim(bookingCreated, 0));
        assertRefused(ServiceName.TRANSACTION, redis -> redis.del(bookingCreated));
        assertRefused(ServiceName.PLATFORM, redis -> redis.keys("*"));
        assertRefused(ServiceName.PLATFORM, redis -> redis.flushall());
        assertRefused(ServiceName.PLATFORM, redis -> redis.configGet("*"));
        assertRefused(ServiceName.USERS, redis -> redis.publish("korrect", "hello"));
    }

    @Test
    void shouldLetAGroupKeepItsIdempotencyKeysInRedisButNotTouchAnotherGroupsKeys() throws Exception {
        RedisClient client = RedisClient.create(AclUsers.urlAs(redis.url(), "artisan"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
            EventHandler<EventPayload> handler = new ng.korrect.bus.idempotency.RedisIdempotencyGuard(connection,
                    Duration.ofMinutes(1), Duration.ofSeconds(10)).guard((event, delivery) -> runs.incrementAndGet());
            @SuppressWarnings("unchecked")
            Event<EventPayload> event = (Event<EventPayload>) sample(EventType.USER_UPDATED, ServiceName.USERS);

            handler.handle(event, delivery("artisan"));
            handler.handle(event, delivery("artisan"));

            assertThat(runs).hasValue(1);
            assertThat(redis.redis().get("korrect:handled:artisan:" + event.id())).isEqualTo("done");
            assertThatThrownBy(() -> handler.handle(event, delivery("platform")))
                    .isInstanceOf(RedisCommandExecutionException.class).hasMessageStartingWith("NOPERM");
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    private static ng.korrect.bus.Delivery delivery(String group) {
        return new ng.korrect.bus.Delivery(EventType.USER_UPDATED.streamKey(), "1-0", group, group + "-1", 1);
    }

    /**
     * What Redis cannot tell apart: the commands of consumer groups are allowed per key, whatever the
     * group. Artisan and Platform both read booking.created, so either can read as the other's group.
     */
    @Test
    void shouldStillLetTwoReadersOfAStreamUseEachOthersGroupSinceRedisCannotRestrictGroupNames() {
        String bookingCreated = EventType.BOOKING_CREATED.streamKey();
        redis.redis().xgroupCreate(XReadArgs.StreamOffset.from(bookingCreated, "0"), "platform",
                XGroupCreateArgs.Builder.mkstream());

        Object read = as(ServiceName.ARTISAN, redis -> redis.xreadgroup(Consumer.from("platform", "artisan-as-platform"),
                XReadArgs.StreamOffset.lastConsumed(bookingCreated)));

        assertThat(read).asList().isEmpty();
    }

    private static void assertRefused(ServiceName user, java.util.function.Function<RedisCommands<String, String>, Object> command) {
        assertThatThrownBy(() -> as(user, command)).as("as %s", user.wireName())
                .isInstanceOf(RedisCommandExecutionException.class).hasMessageStartingWith("NOPERM");
    }

    private static Object as(ServiceName user, java.util.function.Function<RedisCommands<String, String>, Object> command) {
        RedisClient client = RedisClient.create(AclUsers.urlAs(redis.url(), user.wireName()));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return command.apply(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    /** The refusals that Redis logged for that user. */
    private static List<Object> refusals(String user) {
        return redis.redis().aclLog().stream().filter(entry -> user.equals(entry.get("username")))
                .map(entry -> (Object) (entry.get("reason") + " " + entry.get("object"))).toList();
    }

    private static BusOptions.Builder options(String url) {
        return BusOptions.builder(url)
                .blockTime(Duration.ofMillis(100))
                .claimInterval(Duration.ofMillis(100))
                .claimMinIdle(Duration.ofMillis(200))
                .consumerIdleRemoval(Duration.ofMillis(200))
                .retentionCheckInterval(Duration.ofMillis(100))
                .drainTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxDeliveries(2).withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)));
    }

    private static Event<?> sample(EventType type, ServiceName source) {
        return Event.of(SampleEvents.minimal(type).payload(), source);
    }

    private static String text(Event<?> event) {
        return new String(CODEC.encode(event), StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void on(EventBus.GroupBuilder builder, EventType type, EventHandler<EventPayload> handler) {
        builder.on((Class) type.payloadType(), (EventHandler) handler);
    }
}
