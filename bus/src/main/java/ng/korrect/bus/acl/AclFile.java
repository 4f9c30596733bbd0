package ng.korrect.bus.acl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import ng.korrect.catalog.ServiceName;

/**
 * The ACL file of the platform, in Redis's {@code aclfile} format: one user per service (named like
 * the service, {@code users} ... {@code platform}), allowed exactly what its bus does on its own keys,
 * an {@link #ADMIN} user with every right for operators and the {@code korrect} CLI, and the
 * {@code default} user turned off unless the operator keeps it.
 *
 * <pre>{@code
 * String file = AclFile.generate(passwords, DefaultUser.OFF).text();
 * }</pre>
 *
 * <p>Redis can restrict commands per key, not per consumer group: a service that reads a stream may
 * use any group name on it. The root README ("Least privilege on Redis") says what the file does and does not prevent.
 */
public final class AclFile {

    /** The operators' user, with every right: for the CLI, and for loading a new ACL. */
    public static final String ADMIN = "admin";

    /** What becomes of Redis's {@code default} user, which has every right and no password unless told otherwise. */
    public enum DefaultUser {
        /** Turned off, without password or rights: every client must log in as one of the file's users. */
        OFF,
        /**
         * Not in the file. Caution: Redis then creates it as it does without ACLs, with every right and no
         * password, so whoever reaches Redis can still forge any event; for a Redis shared with other
         * applications whose operator manages {@code default} elsewhere.
         */
        LEFT_TO_OPERATOR
    }

    private final List<AclUser> users;

    private AclFile(List<AclUser> users) {
        this.users = List.copyOf(users);
    }

    /** The names of the users that need a password: {@link #ADMIN}, then the services in catalog order. */
    public static List<String> userNames() {
        return Stream.concat(Stream.of(ADMIN), Arrays.stream(ServiceName.values()).map(ServiceName::wireName)).toList();
    }

    /**
     * The file for the catalog, with these passwords (user name to its hash; every one of
     * {@link #userNames()} must have one).
     *
     * @throws IllegalArgumentException naming a user without a password
     */
    public static AclFile generate(Map<String, AclPassword> passwords, DefaultUser defaultUser) {
        Objects.requireNonNull(defaultUser, "defaultUser");
        List<AclUser> users = new ArrayList<>();
        if (defaultUser == DefaultUser.OFF) {
            users.add(new AclUser("default", List.of("reset", "resetchannels")));
        }
        users.add(admin(password(passwords, ADMIN)));
        for (ServiceName service : ServiceName.values()) {
            users.add(service(ServiceAccess.of(service), password(passwords, service.wireName())));
        }
        return new AclFile(users);
    }

    /** A service's user: the connection commands, then one selector per group of keys it uses. */
    static AclUser service(ServiceAccess access, AclPassword password) {
        List<String> rules = new ArrayList<>(List.of("reset", "on", password.rule(), "resetchannels"));
        rules.addAll(BusCommands.CONNECTION);
        addSelector(rules, access.publishedStreams(), BusCommands.PUBLISH);
        addSelector(rules, access.readStreams(), BusCommands.CONSUME);
        addSelector(rules, access.deadLetterStreams(), BusCommands.DEAD_LETTER);
        if (!access.consumes().isEmpty()) {
            addSelector(rules, List.of(access.handledKeys()), BusCommands.IDEMPOTENCY);
        }
        return new AclUser(access.service().wireName(), rules);
    }

    private static AclUser admin(AclPassword password) {
        return new AclUser(ADMIN, List.of("reset", "on", password.rule(), "~*", "&*", "+@all"));
    }

    private static void addSelector(List<String> rules, List<String> keys, List<String> commands) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(keys.stream().map(key -> "~" + key).toList());
        parts.addAll(commands);
        rules.add("(" + String.join(" ", parts) + ")");
    }

    private static AclPassword password(Map<String, AclPassword> passwords, String user) {
        AclPassword password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no password for the ACL user " + user);
        }
        return password;
    }

    /** The users in file order: {@code default} (when turned off), {@link #ADMIN}, then the services. */
    public List<AclUser> users() {
        return users;
    }

    /** The user of that name. */
    public AclUser user(String name) {
        return users.stream().filter(user -> user.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ACL user " + name));
    }

    /**
     * The file's text: one line per user. Redis's ACL file allows nothing else (no comments), so what the
     * file means is told in the bus README and by {@code korrect redis acl --help}.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (AclUser user : users) {
            text.append(user.fileLine()).append('\n');
        }
        return text.toString();
    }
}
