package ng.korrect.cli.groups;

import io.lettuce.core.api.sync.RedisCommands;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.catalog.EventTypeConverter;
import picocli.CommandLine.Parameters;

/** The {@code GROUP TYPE} arguments of the {@code groups} commands: a consumer group on an event type's stream. */
public final class GroupOnStream {

    @Parameters(index = "0", paramLabel = "GROUP", description = "The consumer group, e.g. platform.")
    private String group;

    @Parameters(index = "1", paramLabel = "TYPE", converter = EventTypeConverter.class, description = "The event type whose stream it is.")
    private EventType type;

    /** The consumer group's name. */
    String group() {
        return group;
    }

    /** The event type. */
    EventType type() {
        return type;
    }

    /** The type's stream key. */
    String stream() {
        return type.streamKey();
    }

    /** The group as Redis reports it now; a usage error when the stream or the group does not exist. */
    GroupState read(RedisCommands<String, byte[]> commands) {
        return GroupState.read(commands, stream(), group);
    }
}
