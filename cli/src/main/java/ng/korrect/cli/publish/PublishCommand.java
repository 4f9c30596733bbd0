package ng.korrect.cli.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.PublishReceipt;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.ServiceName;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.catalog.EventTypeConverter;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.output.Times;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code korrect publish TYPE --payload JSON|@FILE}: validates a payload against the catalog and
 * publishes it in a new envelope through the bus's publisher, so it is trimmed like every other
 * publish. An invalid payload is a usage error: the reasons are listed and nothing is written.
 *
 * <p>The source is the one service that produces the type by the catalog, so that consumers see
 * the event as they would see it from its producer; {@code notification.send}, which any service may
 * publish, has no such default and needs {@code --source}.
 */
@Command(name = "publish",
        description = "Validate a payload against the catalog and publish it in a new envelope; prints the event id.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:published", "2:a usage error (the payload is refused with its reasons; nothing published), or Redis cannot be reached"})
public final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Parameters(paramLabel = "TYPE", converter = EventTypeConverter.class, description = "The event type, e.g. booking.created.")
    private EventType type;

    @Option(names = "--payload", paramLabel = "JSON|@FILE", required = true,
            description = "The payload as JSON, or @ and a file holding it.")
    private String payload;

    @Option(names = "--correlation-id", paramLabel = "ID", description = "The request the event belongs to.")
    private String correlationId;

    @Option(names = "--source", paramLabel = "SERVICE",
            description = "The publishing service (default: the type's producer in the catalog; required for notification.send).")
    private String source;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "" + BusOptions.DEFAULT_MAX_LENGTH,
            description = "The MAXLEN ~ of the XADD, as the services use (default: ${DEFAULT-VALUE}).")
    private long maxLength;

    @Option(names = "--json", description = "Print the event id and entry id as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        Event<?> event = validEvent();
        PublishReceipt receipt;
        try (EventBus bus = connect()) {
            Event<?> stamped = new Event<>(event.id(), event.payload(), Instant.now(), event.source(),
                    event.correlationId(), event.metadata()); // stamped when it is published, not when it was checked
            receipt = bus.publisher(event.source()).publish(stamped);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.object().put("eventId", receipt.eventId().toString()).put("type", type.wireName())
                    .put("stream", type.streamKey()).put("entryId", receipt.entryId());
            Json.print(out, node);
        } else {
            out.println(receipt.eventId());
        }
        return ExitCode.OK;
    }

    private EventBus connect() {
        BusOptions options;
        try {
            BusOptions.Builder builder = BusOptions.builder(redis.url()).maxLength(maxLength);
            redis.caFile().ifPresent(builder::trustedCertificates);
            options = builder.build();
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        try {
            return EventBus.connect(options);
        } catch (RedisException e) {
            throw RedisSession.unreachable(redis.url(), e);
        }
    }

    /** The envelope, decoded by the catalog's codec as a consumer would decode it; refused with every reason. */
    private Event<?> validEvent() {
        JsonNode payloadJson;
        try {
            payloadJson = Json.parse(payloadText());
        } catch (JsonProcessingException e) {
            throw CommandException.usage("the payload is not valid JSON: " + e.getOriginalMessage());
        }
        ObjectNode envelope = Json.object();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type.wireName());
        envelope.set("payload", payloadJson);
        envelope.put("timestamp", Times.iso(Instant.now()));
        envelope.put("source", source());
        if (correlationId != null) {
            envelope.put("correlationId", correlationId);
        }
        try {
            return EventCodec.create().decode(Json.compact(envelope).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidEventException e) {
            throw CommandException.usage("the " + type.wireName() + " event is refused, nothing was published:"
                    + e.problems().stream().map(problem -> System.lineSeparator() + "  " + problem)
                    .collect(Collectors.joining()));
        }
    }

    private String source() {
        if (source != null) {
            return ServiceName.fromWireName(source).map(ServiceName::wireName).orElseThrow(() -> CommandException.usage(
                    "unknown service '" + source + "'; the services are: users, artisan, transaction, messaging, platform"));
        }
        if (type.producers().size() != 1) {
            throw CommandException.usage(type.wireName() + " may be published by any service: say which with --source SERVICE");
        }
        return type.producers().get(0).wireName();
    }

    private String payloadText() {
        if (!payload.startsWith("@")) {
            return payload;
        }
        Path file = Path.of(payload.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CommandException.usage("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw CommandException.usage("cannot read " + file + ": " + e.getMessage());
        }
    }
}
