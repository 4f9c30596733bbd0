package ng.korrect.bus.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EncodedEvent;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.PublishFailedException;
import ng.korrect.bus.PublishOptions;
import ng.korrect.bus.PublishReceipt;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.payload.EventPayload;

/**
 * Publishes with {@code XADD ... MAXLEN ~ N * data <envelope>} on the shared connection; publishes to a
 * stream that arrive while earlier ones are on the wire go out together ({@link PublishBatcher}). Atomic
 * publishes go in one {@code MULTI}/{@code EXEC} on the transaction connection, followed there by
 * {@code WAIT} when {@link BusOptions#replicaAcks()} asks for replicas; single publishes do not wait (a
 * {@code WAIT} on the shared connection would hold up every caller's commands behind it).
 */
final class RedisEventPublisher implements EventPublisher {

    static final String DATA_FIELD = "data";
    private static final ObjectMapper ENVELOPE_IDS = new ObjectMapper();
    private static final java.time.Duration REPLICA_POLL = java.time.Duration.ofMillis(20);

    private final String source;
    private final RedisConnections connections;
    private final EventCodec codec;
    private final BusOptions options;
    private final XAddArgs trimming;
    private final PublishBatcher[] batchers;
    private final EnvelopeFactory envelopes;
    private final PublisherMeters meters;

    RedisEventPublisher(String source, RedisConnections connections, EventCodec codec, BusOptions options, Clock clock,
                        PublisherMeters meters, boolean trimAckedOnly) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a publisher's source must not be blank");
        }
        this.source = source;
        this.connections = connections;
        this.codec = codec;
        this.options = options;
        this.trimming = trimming(options.maxLength(), trimAckedOnly);
        this.batchers = new PublishBatcher[EventType.values().length];
        for (EventType type : EventType.values()) {
            batchers[type.ordinal()] = new PublishBatcher(
                    new StreamAppender(connections, type.streamKey(), options.maxLength(), trimAckedOnly));
        }
        this.envelopes = new DefaultEnvelopeFactory(source, clock, UUID::randomUUID);
        this.meters = meters;
    }

    /** {@code MAXLEN ~ N}, and {@code ACKED} where the server keeps unacknowledged entries on request. */
    static XAddArgs trimming(long maxLength, boolean trimAckedOnly) {
        XAddArgs args = new XAddArgs().maxlen(maxLength).approximateTrimming();
        return trimAckedOnly ? args.trimmingMode(io.lettuce.core.StreamDeletionPolicy.ACKNOWLEDGED) : args;
    }

    @Override
    public PublishReceipt publish(EventPayload payload, PublishOptions publishOptions) {
        return await(publishAsync(payload, publishOptions));
    }

    @Override
    public PublishReceipt publish(Event<?> event) {
        return await(publishAsync(event));
    }

    @Override
    public CompletableFuture<PublishReceipt> publishAsync(EventPayload payload, PublishOptions publishOptions) {
        return publishAsync(envelope(payload, publishOptions));
    }

    @Override
    public CompletableFuture<PublishReceipt> publishAsync(Event<?> event) {
        byte[] wire = codec.encode(event);
        long started = System.nanoTime();
        try {
            return batchers[event.type().ordinal()].add(wire)
                    .handle((entryId, failure) -> {
                        if (failure != null) {
                            meters.failed(event.type());
                            throw new CompletionException(failed(event, failure));
                        }
                        meters.published(event.type(), System.nanoTime() - started);
                        return new PublishReceipt(event.id(), event.type(), entryId);
                    });
        } catch (RuntimeException e) {
            meters.failed(event.type());
            return CompletableFuture.failedFuture(failed(event, e));
        }
    }

    @Override
    public List<PublishReceipt> publishAtomically(List<? extends Event<?>> events) {
        List<byte[]> wires = events.stream().map(codec::encode).toList();
        return appendAtomically(events.stream().map(Event::id).toList(), events.stream().<EventType>map(Event::type).toList(),
                wires);
    }

    @Override
    public List<PublishReceipt> publishEncodedAtomically(List<EncodedEvent> events) {
        List<byte[]> wires = events.stream().map(event -> event.envelope().getBytes(StandardCharsets.UTF_8)).toList();
        return appendAtomically(events.stream().map(EncodedEvent::id).toList(), events.stream().map(EncodedEvent::type).toList(),
                wires);
    }

    /** {@code XADD}s each wire to its type's stream in one {@code MULTI}/{@code EXEC}. */
    private List<PublishReceipt> appendAtomically(List<UUID> ids, List<EventType> types, List<byte[]> wires) {
        try {
            TransactionResult result = connections.inTransactionConnection(connection -> {
                RedisCommands<String, byte[]> commands = connection.sync();
                commands.multi();
                for (int i = 0; i < wires.size(); i++) {
                    commands.xadd(types.get(i).streamKey(), trimming, Map.of(DATA_FIELD, wires.get(i)));
                }
                TransactionResult exec = commands.exec();
                if (!exec.wasDiscarded()) {
                    awaitReplicas(commands, wires.size());
                }
                return exec;
            });
            if (result.wasDiscarded()) {
                throw new PublishFailedException("the transaction of " + wires.size() + " events was discarded", null);
            }
            List<PublishReceipt> receipts = new ArrayList<>(wires.size());
            for (int i = 0; i < wires.size(); i++) {
                meters.published(types.get(i), 0);
                receipts.add(new PublishReceipt(ids.get(i), types.get(i), result.get(i)));
            }
            return receipts;
        } catch (PublishFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishFailedException("cannot publish " + wires.size() + " events atomically: " + e.getMessage(), e);
        }
    }

    /**
     * With {@link BusOptions#replicaAcks()}, waits ({@code WAIT}, on the connection that wrote) until that many
     * replicas have what this connection wrote, and fails when fewer did within the timeout.
     */
    private void awaitReplicas(RedisCommands<String, byte[]> commands, int events) {
        int wanted = options.replicaAcks();
        if (wanted == 0) {
            return;
        }
        long acked = commands.waitForReplication(wanted, options.replicaAckTimeout().toMillis());
        if (acked < wanted) {
            throw new PublishFailedException(events + " events were written to the master but acknowledged by " + acked
                    + " of the " + wanted + " replicas wanted within " + options.replicaAckTimeout()
                    + "; a failover could still lose them", null);
        }
    }

    /**
     * With {@link BusOptions#replicaAcks()}, waits until that many replicas have everything the master holds now
     * (its {@code master_repl_offset}, from {@code INFO replication}): entries found on a stream that another
     * connection wrote, and whose {@code WAIT} may have failed, count as published only once replicated too.
     */
    private void awaitReplicasOfEverything() {
        int wanted = options.replicaAcks();
        if (wanted == 0) {
            return;
        }
        long deadline = System.nanoTime() + options.replicaAckTimeout().toNanos();
        ReplicationOffsets offsets = ReplicationOffsets.parse(connections.shared().sync().info("replication"));
        long target = offsets.master();
        int acked = offsets.replicasAtLeast(target);
        while (acked < wanted && System.nanoTime() < deadline) {
            try {
                Thread.sleep(REPLICA_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException("interrupted while waiting for replicas", e);
            }
            acked = ReplicationOffsets.parse(connections.shared().sync().info("replication")).replicasAtLeast(target);
        }
        if (acked < wanted) {
            throw new PublishFailedException("events already on the master are held by " + acked + " of the " + wanted
                    + " replicas wanted within " + options.replicaAckTimeout() + "; a failover could still lose them", null);
        }
    }

    @Override
    public Set<UUID> alreadyPublished(EventType type, Collection<UUID> eventIds, int depth) {
        Set<UUID> wanted = new HashSet<>(eventIds);
        Set<UUID> found = new HashSet<>();
        try {
            for (StreamMessage<String, byte[]> entry : connections.shared().sync().xrevrange(type.streamKey(),
                    Range.create("-", "+"), Limit.from(depth))) {
                envelopeId(entry.getBody().get(DATA_FIELD)).filter(wanted::contains).ifPresent(found::add);
            }
            if (!found.isEmpty()) {
                awaitReplicasOfEverything();
            }
            return found;
        } catch (PublishFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishFailedException("cannot read what is already published: " + e.getMessage(), e);
        }
    }

    /** The {@code id} of an envelope on the wire, when it has one (an entry of another writer may not). */
    private static Optional<UUID> envelopeId(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ENVELOPE_IDS.readTree(data).path("id").asText()));
        } catch (java.io.IOException | IllegalArgumentException notAnEnvelope) {
            return Optional.empty();
        }
    }

    @Override
    public <P extends EventPayload> Event<P> envelope(P payload, PublishOptions publishOptions) {
        return envelopes.envelope(payload, publishOptions);
    }

    private PublishReceipt await(CompletableFuture<PublishReceipt> publication) {
        try {
            return publication.get(options.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PublishFailedException failed
                    ? failed
                    : new PublishFailedException("cannot publish: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            publication.cancel(false);
            throw new PublishFailedException("Redis did not take the event within " + options.publishTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        }
    }

    private static PublishFailedException failed(Event<?> event, Throwable cause) {
        Throwable root = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return new PublishFailedException("cannot publish " + event.type().wireName() + " " + event.id()
                + ": " + root.getMessage(), root);
    }
}
