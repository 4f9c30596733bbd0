package ng.korrect.cli.groups;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import ng.korrect.cli.CommandException;
import ng.korrect.cli.redis.Replies;

/**
 * One consumer group of one stream as {@code XINFO GROUPS} reports it: what moving or deleting the
 * group affects.
 *
 * @param stream the stream key
 * @param group the group's name
 * @param consumers how many consumers the group has
 * @param pending the entries delivered to the group and not yet acknowledged
 * @param lastDeliveredId the id of the last entry delivered to the group
 * @param lag the entries not yet delivered to the group; empty when Redis does not report it
 *            (before Redis 7, or after deletions in the unread range)
 */
record GroupState(String stream, String group, long consumers, long pending, String lastDeliveredId, OptionalLong lag) {

    /** Reads the group; a usage error when the stream or the group does not exist. */
    static GroupState read(RedisCommands<String, byte[]> commands, String stream, String group) {
        if (commands.exists(stream) == 0) {
            throw CommandException.usage("there is no stream " + stream);
        }
        return find(stream, group, commands.xinfoGroups(stream))
                .orElseThrow(() -> CommandException.usage("there is no group " + group + " on " + stream));
    }

    /** The group in a reply of {@code XINFO GROUPS}, if it is there. */
    static Optional<GroupState> find(String stream, String group, List<Object> groupsReply) {
        return groupsReply.stream().map(Replies::asMap)
                .filter(info -> group.equals(Replies.text(info.get("name"))))
                .findFirst()
                .map(info -> new GroupState(stream, group, Replies.number(info.get("consumers")).orElse(0),
                        Replies.number(info.get("pending")).orElse(0), Replies.text(info.get("last-delivered-id")),
                        Replies.number(info.get("lag"))));
    }

    /** What the group holds, for people: {@code 2 consumers, 3 pending, lag 5}. */
    String summary() {
        return consumers + (consumers == 1 ? " consumer" : " consumers") + ", " + pending + " pending, lag "
                + (lag.isPresent() ? Long.toString(lag.getAsLong()) : "unknown");
    }
}
