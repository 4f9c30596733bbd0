package ng.korrect.bus.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;
import ng.korrect.catalog.ServiceName;
import org.junit.jupiter.api.Test;

class AclFileTest {

    private static final AclFile FILE = AclFile.generate(passwords(), AclFile.DefaultUser.OFF);

    @Test
    void shouldLetEachServiceAppendEventsOnlyToTheStreamsOfTheTypesItProduces() {
        for (ServiceName service : ServiceName.values()) {
            Set<String> produced = Arrays.stream(EventType.values()).filter(type -> type.producers().contains(service))
                    .map(EventType::streamKey).collect(Collectors.toSet());

            assertThat(keysWhere(service.wireName(), "+xadd").stream().filter(key -> key.startsWith("korrect:events:")))
                    .as("event streams %s may append to", service.wireName())
                    .containsExactlyInAnyOrderElementsOf(produced);
        }
    }

    @Test
    void shouldLetOnlyTheUsersServiceAppendUserDeleted() {
        List<String> appenders = FILE.users().stream()
                .filter(user -> !user.name().equals(AclFile.ADMIN))
                .filter(user -> keysWhere(user.name(), "+xadd").contains(EventType.USER_DELETED.streamKey()))
                .map(AclUser::name).toList();

        assertThat(appenders).containsExactly("users");
    }

    @Test
    void shouldLetEveryServiceAppendNotificationSendAsTheCatalogSays() {
        for (ServiceName service : ServiceName.values()) {
            assertThat(keysWhere(service.wireName(), "+xadd")).contains(EventType.NOTIFICATION_SEND.streamKey());
        }
    }

    @Test
    void shouldLetEachGroupReadOnlyTheStreamsItConsumesAndItsOwnReplayStream() {
        for (ServiceName service : ServiceName.values()) {
            Set<String> consumed = Arrays.stream(EventType.values())
                    .filter(type -> type.consumers().stream().map(Reaction::service).anyMatch(service::equals))
                    .map(EventType::streamKey).collect(Collectors.toSet());

            assertThat(keysWhere(service.wireName(), "+xreadgroup"))
                    .containsExactlyInAnyOrderElementsOf(plus(consumed, "korrect:replay:" + service.wireName()));
            assertThat(keysWhere(service.wireName(), "+xack")).isEqualTo(keysWhere(service.wireName(), "+xreadgroup"));
        }
    }

    @Test
    void shouldLetEachGroupAppendOnlyTheDeadLettersOfWhatItConsumes() {
        assertThat(keysWhere("messaging", "+xadd").stream().filter(key -> key.startsWith("korrect:dlq:")))
                .containsExactly("korrect:dlq:user.deleted");
        assertThat(keysWhere("users", "+xadd").stream().filter(key -> key.startsWith("korrect:dlq:")))
                .containsExactly("korrect:dlq:user.deleted");
    }

    @Test
    void shouldNeverLetAServiceAppendToAReplayStream() {
        for (ServiceName service : ServiceName.values()) {
            assertThat(keysWhere(service.wireName(), "+xadd")).noneMatch(key -> key.startsWith("korrect:replay:"));
        }
    }

    @Test
    void shouldWriteTheMessagingUserWithOneSelectorPerGroupOfKeys() {
        assertThat(FILE.user("messaging").fileLine()).isEqualTo("user messaging reset on "
                + AclPassword.of("messaging-secret").rule() + " resetchannels "
                + "+ping +info +select +client|setname +multi +exec +discard +wait "
                + "(~korrect:events:message.sent ~korrect:events:notification.send +xadd +eval +xrevrange) "
                + "(~korrect:events:user.deleted ~korrect:replay:messaging +xgroup|create +xgroup|delconsumer "
                + "+xreadgroup +xack +xclaim +xautoclaim +xpending +xinfo|stream +xinfo|groups +xinfo|consumers) "
                + "(~korrect:dlq:user.deleted +xadd) "
                + "(~korrect:handled:messaging:* +set +get +del)");
    }

    @Test
    void shouldKeepOnlyTheSha256OfEachPassword() {
        assertThat(AclPassword.of("p").rule())
                .isEqualTo("#148de9c5a7a44d19e56cd9ae1a554bf67847afb0c58f6e12fa29ac7ddfca9940");
        assertThat(FILE.text()).doesNotContain("-secret").contains(AclPassword.of("users-secret").rule());
    }

    @Test
    void shouldTurnTheDefaultUserOffUnlessItIsLeftToTheOperator() {
        assertThat(FILE.text().lines().findFirst()).hasValue("user default reset resetchannels");
        assertThat(FILE.user(AclFile.ADMIN).rules()).contains("~*", "&*", "+@all");

        AclFile kept = AclFile.generate(passwords(), AclFile.DefaultUser.LEFT_TO_OPERATOR);
        assertThat(kept.users()).extracting(AclUser::name)
                .containsExactly("admin", "users", "artisan", "transaction", "messaging", "platform");
    }

    @Test
    void shouldWriteNothingButUserLinesSinceRedisRefusesAnythingElseInTheFile() {
        assertThat(FILE.text().lines()).hasSize(7).allMatch(line -> line.startsWith("user "));
    }

    @Test
    void shouldRefuseAUserWithoutPassword() {
        Map<String, AclPassword> missing = passwords();
        missing.remove("transaction");

        assertThatThrownBy(() -> AclFile.generate(missing, AclFile.DefaultUser.OFF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transaction");
    }

    @Test
    void shouldRefuseABlankPassword() {
        assertThatThrownBy(() -> AclPassword.of(" ")).hasMessageContaining("blank");
    }

    @Test
    void shouldGeneratePasswordsOfLettersAndDigitsThatDiffer() {
        SecureRandom random = new SecureRandom();
        String first = AclPassword.generate(random);

        assertThat(first).matches("[A-Za-z0-9]{32}");
        assertThat(AclPassword.generate(random)).isNotEqualTo(first);
    }

    /** The keys of the user's selectors that allow that command. */
    private static List<String> keysWhere(String user, String command) {
        return FILE.user(user).selectors().stream()
                .map(selector -> List.of(selector.split(" ")))
                .filter(parts -> parts.contains(command))
                .flatMap(parts -> parts.stream().filter(part -> part.startsWith("~")).map(part -> part.substring(1)))
                .toList();
    }

    private static Set<String> plus(Set<String> keys, String key) {
        return java.util.stream.Stream.concat(keys.stream(), java.util.stream.Stream.of(key)).collect(Collectors.toSet());
    }

    static Map<String, AclPassword> passwords() {
        Map<String, AclPassword> passwords = new LinkedHashMap<>();
        for (String user : AclFile.userNames()) {
            passwords.put(user, AclPassword.of(user + "-secret"));
        }
        return passwords;
    }
}
