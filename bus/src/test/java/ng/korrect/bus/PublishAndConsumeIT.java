package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.NotificationSend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishAndConsumeIT {

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private BusOptions options() {
        return BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(200)).build();
    }

    @Test
    void shouldHandleEveryPublishedEventOnceAndAcknowledgeIt() {
        Set<String> handled = ConcurrentHashMap.newKeySet();
        try (EventBus bus = EventBus.connect(options())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> assertThat(handled.add(event.payload().bookingId())).isTrue())
                    .start();
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            List<CompletableFuture<PublishReceipt>> receipts = IntStream.range(0, 2_000)
                    .mapToObj(i -> publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none()))
                    .toList();
            receipts.forEach(CompletableFuture::join);

            await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() == 2_000);
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    redis.redis().xpending(EventType.BOOKING_CREATED.streamKey(), "artisan").getCount() == 0);
        }
        assertThat(handled).hasSize(2_000);
    }

    @Test
    void shouldWriteExactlyTheBytesOfTheCodecInTheDataField() {
        try (EventBus bus = EventBus.connect(options())) {
            PublishReceipt receipt = bus.publisher(ServiceName.TRANSACTION)
                    .publish(Samples.bookingCreated(7), PublishOptions.correlatedWith("request-7"));

            List<StreamMessage<String, String>> entries = redis.redis()
                    .xrange(EventType.BOOKING_CREATED.streamKey(), io.lettuce.core.Range.create(receipt.entryId(), receipt.entryId()));
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).getBody()).containsOnlyKeys("data");
            Event<?> decoded = EventCodec.create().decode(entries.get(0).getBody().get("data"));
            assertThat(decoded.id()).isEqualTo(receipt.eventId());
            assertThat(decoded.source()).isEqualTo("transaction");
            assertThat(decoded.correlationId()).contains("request-7");
            assertThat(EventCodec.create().encodeToString(decoded)).isEqualTo(entries.get(0).getBody().get("data"));
        }
    }

    @Test
    void shouldWriteManyPublishesInFlightInOrderAndInTheFormOfOneXaddEach() {
        List<PublishReceipt> receipts;
        try (EventBus bus = EventBus.connect(options().toBuilder().maxLength(100_000).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            receipts = IntStream.range(0, 5_000)
                    .mapToObj(i -> publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none()))
                    .toList().stream().map(CompletableFuture::join).toList();
        }

        List<StreamMessage<String, String>> entries = redis.redis()
                .xrange(EventType.BOOKING_CREATED.streamKey(), io.lettuce.core.Range.create("-", "+"));
        assertThat(entries).extracting(StreamMessage::getId)
                .containsExactlyElementsOf(receipts.stream().map(PublishReceipt::entryId).toList());
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).getBody()).containsOnlyKeys("data");
            Event<?> decoded = EventCodec.create().decode(entries.get(i).getBody().get("data"));
            assertThat(decoded.id()).isEqualTo(receipts.get(i).eventId());
            assertThat(decoded.payload()).isEqualTo(Samples.bookingCreated(i));
        }
        // so many in flight at once go out several per command (EVAL), which this test is meant to cover
        assertThat(redis.redis().info("commandstats")).contains("cmdstat_eval:");
    }

    @Test
    void shouldKeepTheOrderOfOneThreadsPublishesWhenTheyComeInBursts() {
        // bursts of 1 to 4 with short pauses: the pattern in which a batch sent from a reply's callback
        // could overtake one sent just before from the publishing thread
        List<CompletableFuture<PublishReceipt>> receipts = new java.util.ArrayList<>();
        try (EventBus bus = EventBus.connect(options().toBuilder().maxLength(100_000).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            int number = 0;
            for (int burst = 0; burst < 5_000; burst++) {
                for (int i = 0; i <= burst % 4; i++) {
                    receipts.add(publisher.publishAsync(Samples.bookingCreated(number++), PublishOptions.none()));
                }
                long until = System.nanoTime() + (burst % 7) * 20_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            receipts.forEach(CompletableFuture::join);
        }

        List<StreamMessage<String, String>> entries = redis.redis()
                .xrange(EventType.BOOKING_CREATED.streamKey(), io.lettuce.core.Range.create("-", "+"));
        assertThat(entries).hasSize(receipts.size());
        EventCodec codec = EventCodec.create();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(codec.decode(entries.get(i).getBody().get("data")).payload())
                    .as("entry %d of the stream", i).isEqualTo(Samples.bookingCreated(i));
        }
    }

    @Test
    void shouldConsumeAnEntryWrittenByTheNodeJsServices() {
        String nodeWire = "{\"id\":\"5b1f7d0e-2c44-4d5e-9a3b-0c6f4e8a2b11\",\"type\":\"booking.created\",\"payload\":"
                + "{\"bookingId\":\"b-node\",\"customerId\":\"c-1\",\"artisanId\":\"a-1\",\"artisanProfileId\":\"p-1\","
                + "\"service\":\"Tiling\",\"status\":\"pending\"},\"timestamp\":\"2026-11-26T19:22:40.123Z\","
                + "\"source\":\"transaction\",\"correlationId\":\"req-node\"}";
        AtomicReference<Event<BookingCreated>> received = new AtomicReference<>();
        try (EventBus bus = EventBus.connect(options())) {
            bus.consumerGroup(ServiceName.PLATFORM).on(BookingCreated.class, (event, delivery) -> received.set(event)).start();
            redis.redis().xadd(EventType.BOOKING_CREATED.streamKey(), Map.of("data", nodeWire));

            await().atMost(Duration.ofSeconds(10)).until(() -> received.get() != null);
        }
        assertThat(received.get().payload().bookingId()).isEqualTo("b-node");
        assertThat(EventCodec.create().encodeToString(received.get())).isEqualTo(nodeWire);
    }

    @Test
    void shouldPutTheEventAndGroupInTheLoggingContextWhileAHandlerRuns() {
        AtomicReference<java.util.Map<String, String>> context = new AtomicReference<>();
        try (EventBus bus = EventBus.connect(options())) {
            bus.consumerGroup(ServiceName.ARTISAN)
                    .on(BookingCreated.class, (event, delivery) -> context.set(org.slf4j.MDC.getCopyOfContextMap()))
                    .start();
            PublishReceipt receipt = bus.publisher(ServiceName.TRANSACTION)
                    .publish(Samples.bookingCreated(5), PublishOptions.correlatedWith("req-5"));

            await().atMost(Duration.ofSeconds(10)).until(() -> context.get() != null);
            assertThat(context.get()).containsEntry("eventId", receipt.eventId().toString())
                    .containsEntry("eventType", "booking.created")
                    .containsEntry("group", "artisan")
                    .containsEntry("correlationId", "req-5");
        }
    }

    @Test
    void shouldTrimEveryStreamToAboutMaxLength() {
        try (EventBus bus = EventBus.connect(options().toBuilder().maxLength(100).build())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            IntStream.range(0, 1_000).mapToObj(i -> publisher.publishAsync(Samples.bookingCreated(i), PublishOptions.none()))
                    .toList().forEach(CompletableFuture::join);
        }
        assertThat(redis.redis().xlen(EventType.BOOKING_CREATED.streamKey())).isBetween(100L, 300L);
    }

    @Test
    void shouldPublishSeveralEventsAtomically() {
        try (EventBus bus = EventBus.connect(options())) {
            EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
            List<PublishReceipt> receipts = publisher.publishAtomically(List.of(
                    publisher.envelope(Samples.bookingCreated(1), PublishOptions.none()),
                    publisher.envelope(Samples.bookingCancelled(1), PublishOptions.none())));

            assertThat(receipts).extracting(PublishReceipt::type)
                    .containsExactly(EventType.BOOKING_CREATED, EventType.BOOKING_CANCELLED);
            assertThat(redis.redis().xlen(EventType.BOOKING_CREATED.streamKey())).isEqualTo(1);
            assertThat(redis.redis().xlen(EventType.BOOKING_CANCELLED.streamKey())).isEqualTo(1);
        }
    }

    @Test
    void shouldGiveWhatAHandlerPublishesTheCorrelationIdOfTheHandledEvent() {
        AtomicReference<Event<NotificationSend>> notification = new AtomicReference<>();
        try (EventBus bus = EventBus.connect(options())) {
            EventPublisher platform = bus.publisher(ServiceName.PLATFORM);
            bus.consumerGroup(ServiceName.PLATFORM)
                    .on(BookingCancelled.class, (event, delivery) -> platform.publish(new NotificationSend(
                            event.payload().artisanId(), ng.korrect.catalog.payload.NotificationType.PUSH,
                            "Booking cancelled", "A customer cancelled", java.util.Optional.empty())))
                    .on(NotificationSend.class, (event, delivery) -> notification.set(event))
                    .start();
            bus.publisher(ServiceName.TRANSACTION).publish(Samples.bookingCancelled(3), PublishOptions.correlatedWith("req-3"));

            await().atMost(Duration.ofSeconds(10)).until(() -> notification.get() != null);
        }
        assertThat(notification.get().correlationId()).contains("req-3");
        assertThat(notification.get().source()).isEqualTo("platform");
    }
}
