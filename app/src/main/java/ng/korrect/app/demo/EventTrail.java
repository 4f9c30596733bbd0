package ng.korrect.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.StreamMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;

/**
 * The event trail: polls every event stream with plain {@code XRANGE} (no consumer group of its own, so
 * it disturbs none) from the entries that existed when it started, and prints one line per event once
 * every consumer group the catalog names has handled it, or after {@link #PATIENCE} with the groups that
 * had: time, type, source, correlation id, and the groups. Runs on its own thread until closed.
 */
final class EventTrail implements AutoCloseable {

    /** How long an event waits for its consumers before its line is printed anyway. */
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamProgress progress;
    private final PrintWriter out;
    private final Map<String, String> lastSeenId = new HashMap<>();
    private final List<Seen> waiting = new ArrayList<>();
    private final EnumSet<EventType> seenTypes = EnumSet.noneOf(EventType.class);
    private final Thread poller;
    private volatile boolean running = true;
    private volatile long completedPolls;

    private EventTrail(StreamProgress progress, PrintWriter out) {
        this.progress = progress;
        this.out = out;
        for (String stream : progress.streams()) {
            List<StreamMessage<String, String>> existing = progress.entriesAfter(stream, "-");
            lastSeenId.put(stream, existing.isEmpty() ? "-" : existing.get(existing.size() - 1).getId());
        }
        this.poller = new Thread(this::poll, "korrect-demo-trail");
        poller.setDaemon(true);
    }

    /** Starts following the streams of that Redis, printing to {@code out}; earlier events are not shown. */
    static EventTrail follow(String redisUrl, PrintWriter out) {
        EventTrail trail = new EventTrail(StreamProgress.connect(redisUrl), out);
        trail.poller.start();
        return trail;
    }

    /** The event types seen since the start. */
    synchronized Set<EventType> seenTypes() {
        return EnumSet.copyOf(seenTypes);
    }

    /** Whether an event of that type was seen since the start. */
    synchronized boolean saw(EventType type) {
        return seenTypes.contains(type);
    }

    /**
     * Waits until the streams were read again after this call and every event seen is printed (handled, or
     * waited for long enough), at most that long.
     */
    void awaitPrinted(Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        long readAgain = completedPolls + 2; // the poll under way may have read the streams before this call
        while (Instant.now().isBefore(deadline)) {
            synchronized (this) {
                if (completedPolls >= readAgain && waiting.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private void poll() {
        while (running) {
            try {
                readNewEntries();
                printHandled(false);
                completedPolls++;
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    out.println("  (event trail: " + e.getMessage() + ")");
                }
            }
        }
    }

    private void readNewEntries() {
        for (String stream : progress.streams()) {
            String after = lastSeenId.getOrDefault(stream, "-");
            for (StreamMessage<String, String> entry : progress.entriesAfter(stream, after)) {
                lastSeenId.put(stream, entry.getId());
                Seen seen = Seen.of(stream, entry);
                synchronized (this) {
                    waiting.add(seen);
                    EventType.fromWireName(seen.type()).ifPresent(seenTypes::add);
                }
            }
        }
    }

    private synchronized void printHandled(boolean all) {
        Iterator<Seen> pending = waiting.iterator();
        while (pending.hasNext()) {
            Seen seen = pending.next();
            List<String> handled = progress.handledBy(seen.stream(), seen.entryId());
            List<String> expected = expectedGroups(seen.type());
            boolean done = handled.containsAll(expected);
            if (done || all || seen.readAt().plus(PATIENCE).isBefore(Instant.now())) {
                out.println(seen.line(handled, expected));
                pending.remove();
            }
        }
        out.flush();
    }

    private static List<String> expectedGroups(String type) {
        return EventType.fromWireName(type).map(known -> known.consumers().stream()
                .map(Reaction::service).map(service -> service.wireName()).distinct().toList()).orElse(List.of());
    }

    /** Stops following and prints what was still waiting. */
    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printHandled(true);
        progress.close();
    }

    /** An entry read from a stream, with the envelope fields the trail prints. */
    private record Seen(String stream, String entryId, String type, String timestamp, String source,
                        String correlationId, Instant readAt) {

        static Seen of(String stream, StreamMessage<String, String> entry) {
            JsonNode envelope;
            try {
                envelope = JSON.readTree(entry.getBody().getOrDefault("data", "{}"));
            } catch (IOException e) {
                envelope = JSON.createObjectNode();
            }
            String type = envelope.path("type").asText(stream.substring(StreamProgress.STREAM_PREFIX.length()));
            return new Seen(stream, entry.getId(), type, envelope.path("timestamp").asText("?"),
                    envelope.path("source").asText("?"), envelope.path("correlationId").asText("-"), Instant.now());
        }

        String line(List<String> handled, List<String> expected) {
            List<String> notYet = expected.stream().filter(group -> !handled.contains(group)).toList();
            return String.format("  %s  %-22s  from %-11s  corr %-28s  handled by %s%s", timestamp, type, source,
                    correlationId, handled.isEmpty() ? "-" : String.join(", ", handled),
                    notYet.isEmpty() ? "" : "  (not yet: " + String.join(", ", notYet) + ")");
        }
    }
}
