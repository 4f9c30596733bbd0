package ng.korrect.cli.acl;

import picocli.CommandLine.Command;

/** {@code korrect redis}: how the platform's Redis is set up; for now, its ACL. */
@Command(name = "redis",
        description = "Set up the platform's Redis: the ACL that gives each service a user of its own.",
        subcommands = {AclCommand.class})
public final class RedisCommand {
}
