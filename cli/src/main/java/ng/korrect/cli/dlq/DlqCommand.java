package ng.korrect.cli.dlq;

import picocli.CommandLine.Command;

/** {@code korrect dlq}: the dead letters: list, show, replay to the group that failed them, purge. */
@Command(name = "dlq",
        description = "Inspect dead letters, replay them to the group that failed them, or purge them.",
        subcommands = {DlqListCommand.class, DlqShowCommand.class, DlqReplayCommand.class, DlqPurgeCommand.class})
public final class DlqCommand {
}
