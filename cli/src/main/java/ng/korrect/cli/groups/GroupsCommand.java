package ng.korrect.cli.groups;

import picocli.CommandLine.Command;

/** {@code korrect groups}: deliberate changes to consumer groups. */
@Command(name = "groups",
        description = "Change consumer groups deliberately: move a group's position for reprocessing, or delete a stale group.",
        subcommands = {ResetCommand.class, DeleteCommand.class})
public final class GroupsCommand {
}
