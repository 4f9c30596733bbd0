package ng.korrect.bus.acl;

import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.bus.retention.ServerVersion;
import org.junit.jupiter.api.Assumptions;

/**
 * The generated ACL users with known passwords ({@code <user>-password}), loaded into a test's Redis
 * with {@code ACL SETUSER}, rule for rule as the file has them. The {@code default} user is left as it
 * is, since the test's own connection uses it.
 */
public final class AclUsers {

    private final AclFile file = AclFile.generate(hashes(), AclFile.DefaultUser.OFF);

    /** The password of that user. */
    public static String password(String user) {
        return user + "-password";
    }

    /**
     * Skips the test on a Redis older than 7, which has no ACL selectors: the embedded Redis that the
     * {@code embedded-redis} library ships (6.2) on a machine without a {@code redis-server} of its own.
     */
    public static void assumeSelectors(RedisCommands<String, String> redis) {
        ServerVersion version = ServerVersion.fromInfo(redis.info("server"));
        Assumptions.assumeTrue(version.major() >= 7, "ACL selectors need Redis 7, this is " + version);
    }

    /** Loads every user but {@code default} into that Redis. */
    public AclUsers loadInto(RedisCommands<String, String> admin) {
        for (AclUser user : file.users()) {
            if (!user.name().equals("default")) {
                CommandArgs<String, String> arguments = new CommandArgs<>(StringCodec.UTF8).add("SETUSER");
                user.setUserArguments().forEach(arguments::add);
                admin.dispatch(CommandType.ACL, new StatusOutput<>(StringCodec.UTF8), arguments);
            }
        }
        return this;
    }

    /** The URL of that Redis ({@code redis://host:port}) with that user and its password. */
    public static String urlAs(String redisUrl, String user) {
        return redisUrl.replaceFirst("://", "://" + user + ":" + password(user) + "@");
    }

    /** The generated file. */
    public AclFile file() {
        return file;
    }

    /** Every user's password hash. */
    public static Map<String, AclPassword> hashes() {
        Map<String, AclPassword> hashes = new LinkedHashMap<>();
        for (String user : AclFile.userNames()) {
            hashes.put(user, AclPassword.of(password(user)));
        }
        return hashes;
    }
}
