package ng.korrect.cli.streams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.retention.RetentionAssessment;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.output.TextTable;
import ng.korrect.cli.output.Times;
import ng.korrect.cli.redis.EntryIds;
import ng.korrect.cli.redis.RedisOptions;
import ng.korrect.cli.redis.RedisSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korrect streams}: each catalog stream with its length, first and last entry time, and per
 * consumer group its consumers, pending entries, oldest pending idle time, lag and standing; then the
 * dead letters per stream, and the {@code korrect:*} streams and groups outside the catalog. Exits 1 when
 * something needs attention: a group lost entries or lags, or dead letters wait (unless
 * {@code --ignore-dead-letters}), so that a monitoring script can act on the status alone.
 */
@Command(name = "streams",
        description = "Show every catalog stream, its consumer groups (pending, lag, losses) and its dead letters.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no group lost entries or lags past its threshold, and no dead letter waits",
            "1:a group lost entries (trimmed before it read them) or lags past its threshold, or dead letters wait"
                    + " (unless --ignore-dead-letters)",
            "2:a usage error, or Redis cannot be reached"
        })
public final class StreamsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RedisOptions redis;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "" + BusOptions.DEFAULT_MAX_LENGTH,
            description = "The streams' MAXLEN, which lag is measured against (default: ${DEFAULT-VALUE}).")
    private long maxLength;

    @Option(names = "--lag-warning-ratio", paramLabel = "RATIO", defaultValue = "0.8",
            description = "The share of MAXLEN from which a group's lag is a problem (default: ${DEFAULT-VALUE}).")
    private double lagWarningRatio;

    @Option(names = "--ignore-dead-letters",
            description = "Exit 0 although dead letters wait (they are still listed), e.g. while they are looked into.")
    private boolean ignoreDeadLetters;

    @Override
    public Integer call() {
        RetentionAssessment assessment;
        try {
            assessment = new RetentionAssessment(maxLength, lagWarningRatio);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        List<StreamReport> catalog;
        List<StreamReport> others;
        try (RedisSession session = redis.connect()) {
            StreamSurvey survey = new StreamSurvey(session.commands(), assessment);
            catalog = survey.catalogStreams();
            others = survey.otherStreams();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, document(assessment, catalog, others));
        } else {
            printTables(out, assessment, catalog, others);
        }
        boolean problem = catalog.stream().anyMatch(StreamsCommand::hasProblem) || others.stream().anyMatch(StreamsCommand::hasProblem);
        boolean deadLettersWait = catalog.stream().anyMatch(stream -> stream.deadLetters() > 0);
        return problem || deadLettersWait && !ignoreDeadLetters ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    private static boolean hasProblem(StreamReport stream) {
        return stream.groups().stream().anyMatch(group -> group.level() != RetentionAssessment.Level.OK);
    }

    private static ObjectNode document(RetentionAssessment assessment, List<StreamReport> catalog, List<StreamReport> others) {
        ObjectNode root = Json.object();
        root.put("maxLength", assessment.maxLength());
        root.put("lagThreshold", assessment.lagThreshold());
        ArrayNode streams = root.putArray("streams");
        catalog.forEach(stream -> streams.add(streamNode(stream)));
        ArrayNode deadLetters = root.putArray("deadLetters");
        for (StreamReport stream : catalog) {
            stream.type().ifPresent(type -> deadLetters.addObject().put("type", type.wireName())
                    .put("stream", type.deadLetterKey()).put("count", stream.deadLetters()));
        }
        ArrayNode other = root.putArray("otherStreams");
        others.forEach(stream -> other.add(streamNode(stream)));
        ArrayNode outside = root.putArray("groupsOutsideCatalog");
        for (StreamReport stream : catalog) {
            stream.groups().stream().filter(group -> !group.inCatalog())
                    .forEach(group -> outside.addObject().put("stream", stream.key()).put("group", group.name()));
        }
        root.put("problem", catalog.stream().anyMatch(StreamsCommand::hasProblem) || others.stream().anyMatch(StreamsCommand::hasProblem));
        root.put("deadLettersWait", catalog.stream().anyMatch(stream -> stream.deadLetters() > 0));
        return root;
    }

    private static ObjectNode streamNode(StreamReport stream) {
        ObjectNode node = Json.object();
        stream.type().ifPresent(type -> node.put("type", type.wireName()));
        node.put("stream", stream.key());
        node.put("exists", stream.exists());
        node.put("length", stream.length());
        putOptional(node, "entriesAdded", stream.entriesAdded());
        stream.firstEntryId().ifPresentOrElse(id -> node.put("firstEntryId", id).put("firstEntryAt", Times.iso(EntryIds.timeOf(id))),
                () -> node.putNull("firstEntryAt"));
        stream.lastEntryId().ifPresentOrElse(id -> node.put("lastEntryId", id).put("lastEntryAt", Times.iso(EntryIds.timeOf(id))),
                () -> node.putNull("lastEntryAt"));
        if (stream.type().isPresent()) {
            node.put("deadLetters", stream.deadLetters());
        }
        ArrayNode groups = node.putArray("groups");
        for (GroupReport group : stream.groups()) {
            ObjectNode g = groups.addObject();
            g.put("name", group.name());
            g.put("inCatalog", group.inCatalog());
            g.put("consumers", group.consumers());
            g.put("pending", group.status().pending());
            putOptional(g, "oldestPendingIdleMs", group.oldestPendingIdleMillis());
            g.put("lastDeliveredId", group.lastDeliveredId());
            putOptional(g, "entriesRead", group.status().entriesRead());
            putOptional(g, "lag", group.status().lag());
            g.put("lagCounted", group.lagCounted());
            putOptional(g, "trimmedUnread", group.status().trimmedUnread());
            g.put("level", group.level().name());
        }
        return node;
    }

    private static void putOptional(ObjectNode node, String name, OptionalLong value) {
        if (value.isPresent()) {
            node.put(name, value.getAsLong());
        } else {
            node.putNull(name);
        }
    }

    private static void printTables(PrintWriter out, RetentionAssessment assessment, List<StreamReport> catalog,
                                    List<StreamReport> others) {
        out.println("streams (MAXLEN ~ " + assessment.maxLength() + ", lag warning from " + assessment.lagThreshold() + ")");
        TextTable table = new TextTable("  ").row("STREAM", "LENGTH", "FIRST ENTRY", "LAST ENTRY", "GROUP", "CONSUMERS",
                "PENDING", "OLDEST PENDING", "LAG", "STATUS");
        catalog.forEach(stream -> rows(table, stream));
        table.print(out);
        out.println();
        out.println("dead letters");
        TextTable dead = new TextTable("  ").row("STREAM", "COUNT");
        catalog.stream().filter(stream -> stream.deadLetters() > 0)
                .forEach(stream -> dead.row(stream.type().orElseThrow().deadLetterKey(), Long.toString(stream.deadLetters())));
        if (catalog.stream().allMatch(stream -> stream.deadLetters() == 0)) {
            out.println("  none");
        } else {
            dead.print(out);
        }
        List<String> outside = catalog.stream().flatMap(stream -> stream.groups().stream().filter(group -> !group.inCatalog())
                .map(group -> group.name() + " on " + stream.key())).toList();
        if (!outside.isEmpty()) {
            out.println();
            out.println("groups outside the catalog");
            outside.forEach(line -> out.println("  " + line));
        }
        if (!others.isEmpty()) {
            out.println();
            out.println("streams outside the catalog");
            TextTable other = new TextTable("  ").row("STREAM", "LENGTH", "FIRST ENTRY", "LAST ENTRY", "GROUP", "CONSUMERS",
                    "PENDING", "OLDEST PENDING", "LAG", "STATUS");
            others.forEach(stream -> rows(other, stream));
            other.print(out);
        }
    }

    private static void rows(TextTable table, StreamReport stream) {
        String first = stream.firstEntryId().map(id -> Times.iso(EntryIds.timeOf(id))).orElse("-");
        String last = stream.lastEntryId().map(id -> Times.iso(EntryIds.timeOf(id))).orElse("-");
        String length = stream.exists() ? Long.toString(stream.length()) : "-";
        if (stream.groups().isEmpty()) {
            table.row(stream.key(), length, first, last, "-");
            return;
        }
        boolean firstRow = true;
        for (GroupReport group : stream.groups()) {
            table.row(firstRow ? stream.key() : "", firstRow ? length : "", firstRow ? first : "", firstRow ? last : "",
                    group.name() + (group.inCatalog() || stream.type().isEmpty() ? "" : " (not in catalog)"),
                    Long.toString(group.consumers()), Long.toString(group.status().pending()),
                    group.oldestPendingIdleMillis().isPresent()
                            ? Times.human(Duration.ofMillis(group.oldestPendingIdleMillis().getAsLong())) : "-",
                    group.status().lag().isPresent()
                            ? group.status().lag().getAsLong() + (group.lagCounted() ? " (counted)" : "") : "unknown",
                    status(group));
            firstRow = false;
        }
    }

    private static String status(GroupReport group) {
        return switch (group.level()) {
            case OK -> "ok";
            case LAG_WARNING -> "WARNING: lag near MAXLEN, unread entries may be trimmed";
            case LOSS -> "LOSS: " + group.status().trimmedUnread().orElse(0) + " entries trimmed unread";
        };
    }
}
