package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Watches every command the bus sends (with MONITOR) and checks that none spans two streams. */
class SingleKeyCommandsIT {

    private static final Pattern ARGUMENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    @Test
    void shouldReadAcknowledgeAndClaimEachStreamWithCommandsOfItsOwn() throws Exception {
        List<List<String>> commands = new CopyOnWriteArrayList<>();
        URI uri = URI.create(redis.url());
        try (Socket monitor = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = monitor.getOutputStream();
            out.write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(monitor.getInputStream(), StandardCharsets.UTF_8));
            Thread reader = Thread.ofVirtual().start(() -> readCommands(in, commands));

            Set<String> handled = ConcurrentHashMap.newKeySet();
            BusOptions options = BusOptions.builder(redis.url()).blockTime(Duration.ofMillis(100))
                    .claimInterval(Duration.ofMillis(100)).claimMinIdle(Duration.ofMillis(50))
                    .retentionCheckInterval(Duration.ofMillis(100)).build();
            try (EventBus bus = EventBus.connect(options)) {
                bus.consumerGroup(ServiceName.PLATFORM)
                        .on(BookingCreated.class, (event, delivery) -> handled.add(event.payload().bookingId()))
                        .on(BookingCancelled.class, (event, delivery) -> handled.add("cancelled-" + event.payload().bookingId()))
                        .start();
                EventPublisher publisher = bus.publisher(ServiceName.TRANSACTION);
                for (int i = 0; i < 50; i++) {
                    publisher.publish(Samples.bookingCreated(i));
                    publisher.publish(Samples.bookingCancelled(i));
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 100);
                Thread.sleep(300);
            }
            monitor.close();
            reader.join(1_000);
        }

        List<List<String>> reads = withName(commands, "XREADGROUP");
        assertThat(reads).isNotEmpty().allSatisfy(read -> {
            int streams = read.indexOf("STREAMS");
            assertThat(read.size() - streams - 1).as("one key and one id after STREAMS in %s", read).isEqualTo(2);
        });
        assertThat(withName(commands, "XACK")).isNotEmpty();
        assertThat(withName(commands, "XAUTOCLAIM")).isNotEmpty();
        assertThat(commands).filteredOn(command -> !command.isEmpty())
                .noneSatisfy(command -> assertThat(command.get(0)).isIn("XREAD", "MGET", "DEL", "EVAL"));
    }

    private static List<List<String>> withName(List<List<String>> commands, String name) {
        return commands.stream().filter(command -> !command.isEmpty() && command.get(0).equalsIgnoreCase(name)).toList();
    }

    private static void readCommands(BufferedReader in, List<List<String>> commands) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                List<String> arguments = new ArrayList<>();
                Matcher matcher = ARGUMENT.matcher(line);
                while (matcher.find()) {
                    arguments.add(matcher.group(1));
                }
                if (!arguments.isEmpty()) {
                    arguments.set(0, arguments.get(0).toUpperCase(java.util.Locale.ROOT));
                    commands.add(arguments);
                }
            }
        } catch (java.io.IOException closed) {
            // the monitor socket was closed: the recording is over
        }
    }
}
