package ng.korrect.cli.acl;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.acl.AclFile;
import ng.korrect.bus.acl.AclPassword;
import ng.korrect.cli.CommandException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korrect redis acl}: prints the Redis ACL file (the {@code aclfile} format) generated from the
 * catalog: a user per service that may append only to the streams it produces and read only the streams
 * it consumes, an {@code admin} user for operators and this CLI, and {@code default} turned off. The
 * passwords come from a file of the operator's; only their SHA-256 hashes are printed.
 */
@Command(name = "acl",
        description = {"Print the Redis ACL file (aclfile format) of the platform, generated from the catalog: "
                + "one user per service (users, artisan, transaction, messaging, platform) that may XADD only to the "
                + "streams it produces and read only the streams it consumes and its own replay stream; an 'admin' user with "
                + "every right for operators and this CLI; the 'default' user turned off.",
                "Passwords are read from --passwords (NAME=PASSWORD lines) and printed only as SHA-256 hashes. "
                        + "Each service then connects with REDIS_URL=redis://NAME:PASSWORD@host:port.",
                "Redis restricts commands and keys, not consumer group names: a service that reads a stream may "
                        + "use any group on it (README: \"Least privilege on Redis\")."})
public final class AclCommand implements Runnable {

    @Option(names = "--passwords", required = true, paramLabel = "FILE",
            description = "The users' passwords, one NAME=PASSWORD per line (admin, users, artisan, transaction, "
                    + "messaging, platform).")
    private Path passwordsFile;

    @Option(names = "--generate",
            description = "Give every user missing from the passwords file a random password, and write them "
                    + "into the file (created readable by its owner only).")
    private boolean generate;

    @Option(names = "--keep-default-user",
            description = "Leave the 'default' user out of the file, for a Redis whose operator manages it. "
                    + "Caution: Redis then gives it every right without a password, so anyone who reaches Redis "
                    + "can still forge events.")
    private boolean keepDefaultUser;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PasswordFile passwords = PasswordFile.read(passwordsFile);
        if (generate) {
            List<String> generated = passwords.generateMissing(new SecureRandom());
            if (!generated.isEmpty()) {
                spec.commandLine().getErr().println("korrect redis acl: generated passwords for " + generated
                        + " into " + passwordsFile);
                spec.commandLine().getErr().flush();
            }
        }
        List<String> missing = passwords.missing();
        if (!missing.isEmpty()) {
            throw CommandException.usage("no password for " + missing + " in " + passwordsFile
                    + "; add NAME=PASSWORD lines, or use --generate");
        }
        Map<String, AclPassword> hashes = new LinkedHashMap<>();
        passwords.passwords().forEach((name, password) -> hashes.put(name, AclPassword.of(password)));
        AclFile file = AclFile.generate(hashes, keepDefaultUser ? AclFile.DefaultUser.LEFT_TO_OPERATOR : AclFile.DefaultUser.OFF);
        spec.commandLine().getOut().print(file.text());
        spec.commandLine().getOut().flush();
    }
}
