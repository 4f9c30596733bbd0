package ng.korrect.app.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.ServiceName;

/**
 * Waits, with a deadline and no fixed sleep, until the platform is quiet: every service's outbox backlog
 * (its {@code korrect_bus_outbox_backlog_rows} gauge) is 0, and every consumer group the catalog expects on
 * every event stream exists with nothing pending and no lag. What is still not quiet at the deadline is
 * returned, each as a violation.
 */
final class Quiescence {

    private static final Pattern BACKLOG = Pattern.compile("^korrect_bus_outbox_backlog_rows\\{[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Quiescence() {
    }

    /** Waits until quiet or the deadline; returns what is not quiet then (empty when quiet). */
    static List<Violation> await(PlatformAddress address, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Violation> noisy = unquiet(address);
        while (!noisy.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            noisy = unquiet(address);
        }
        return noisy;
    }

    private static List<Violation> unquiet(PlatformAddress address) throws InterruptedException {
        List<Violation> noisy = new ArrayList<>();
        for (ServiceName service : ServiceName.values()) {
            double backlog = backlog(address.url(service));
            if (backlog != 0) {
                noisy.add(new Violation("quiet", service.wireName() + "'s outbox relayed (no row with sent_at NULL)",
                        Double.isNaN(backlog) ? "its backlog unreadable" : (long) backlog + " rows waiting"));
            }
        }
        WireSnapshot wire;
        try {
            wire = WireSnapshot.read(address.redisUrl());
        } catch (RuntimeException e) {
            noisy.add(new Violation("quiet", "Redis at " + address.redisUrl() + " answering", e.getMessage()));
            return noisy;
        }
        for (EventType type : EventType.values()) {
            List<WireSnapshot.WireEvent> entries = wire.of(type);
            String lastEntry = entries.isEmpty() ? "0-0" : entries.get(entries.size() - 1).entryId();
            List<WireSnapshot.GroupState> groups = wire.groups().get(type);
            for (Reaction reaction : type.consumers()) {
                String group = reaction.service().wireName();
                if (!entries.isEmpty() && groups.stream().noneMatch(g -> g.name().equals(group))) {
                    noisy.add(new Violation("quiet", "group " + group + " on " + type.streamKey(), "no such group"));
                }
            }
            for (WireSnapshot.GroupState state : groups) {
                if (state.pending() != 0 || state.lag() > 0 || (state.lag() < 0 && compare(state.lastDeliveredId(), lastEntry) < 0)) {
                    noisy.add(new Violation("quiet", "group " + state.name() + " on " + type.streamKey() + " with 0 pending and 0 lag",
                            state.pending() + " pending " + state.oldestPending() + ", lag " + state.lag() + ", last delivered "
                                    + state.lastDeliveredId() + " of " + lastEntry));
                }
            }
        }
        return noisy;
    }

    private static double backlog(String serviceUrl) throws InterruptedException {
        try {
            HttpResponse<String> metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = BACKLOG.matcher(metrics.body());
            double total = 0;
            boolean found = false;
            while (matcher.find()) {
                total += Double.parseDouble(matcher.group(1));
                found = true;
            }
            return found ? total : Double.NaN;
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Compares two stream entry ids as numbers. */
    static int compare(String left, String right) {
        String[] a = left.split("-");
        String[] b = right.split("-");
        int major = Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0]));
        return major != 0 ? major : Long.compare(Long.parseLong(a.length > 1 ? a[1] : "0"), Long.parseLong(b.length > 1 ? b[1] : "0"));
    }
}
