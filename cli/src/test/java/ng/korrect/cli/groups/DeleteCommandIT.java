package ng.korrect.cli.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.RedisFixture;
import ng.korrect.bus.ReplayStream;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.CommandRun;
import ng.korrect.cli.output.Json;
import ng.korrect.cli.prompt.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeleteCommandIT {

    private static final String STREAM = EventType.USER_UPDATED.streamKey();
    private static final String DEAD_LETTERS = EventType.USER_UPDATED.deadLetterKey();
    private static final String REPLAY = ReplayStream.key("platform");
    private static final String NL = System.lineSeparator();

    @RegisterExtension
    static final RedisFixture redis = RedisFixture.ephemeral();

    private RedisCommands<String, String> commands;

    /**
     * Ten entries; a stale platform group (two consumers, three pending, five not yet delivered) and the
     * catalog's artisan group, which has read and acknowledged everything; platform's dead letter and replay stream.
     */
    @BeforeEach
    void prepareAStaleGroupBesideACatalogGroup() {
        commands = redis.redis();
        for (int i = 1; i <= 10; i++) {
            commands.xadd(STREAM, Map.of("data", "{}"));
        }
        commands.xgroupCreate(XReadArgs.StreamOffset.from(STREAM, "0"), "platform");
        commands.xack(STREAM, "platform", ids(read("platform", "platform-1", 2)));
        read("platform", "platform-2", 3);
        commands.xgroupCreate(XReadArgs.StreamOffset.from(STREAM, "0"), "artisan");
        commands.xack(STREAM, "artisan", ids(read("artisan", "artisan-1", 10)));
        commands.xadd(DEAD_LETTERS, Map.of("data", "{}", "group", "platform"));
        commands.xadd(REPLAY, Map.of("data", "{}", ReplayStream.TYPE_FIELD, "user.updated"));
        commands.xgroupCreate(XReadArgs.StreamOffset.from(REPLAY, "0"), "platform");
    }

    @AfterEach
    void forgetTheTerminal() {
        System.clearProperty(Confirmation.INTERACTIVE_PROPERTY);
    }

    @Test
    void shouldDeleteAStaleGroupSoThatStreamsNoLongerListsIt() throws Exception {
        assertThat(outsideCatalog()).contains("platform on " + STREAM);

        CommandRun run = CommandRun.of("groups", "delete", "platform", "user.updated", "--yes", "--redis", redis.url());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("group platform on " + STREAM + " deleted: 2 consumers, 3 pending, lag 5" + NL);
        assertThat(groups()).containsExactly("artisan");
        assertThat(outsideCatalog()).isEmpty();
    }

    @Test
    void shouldLeaveTheDeadLettersAndTheReplayStreamOfTheDeletedGroup() {
        CommandRun run = CommandRun.of("groups", "delete", "platform", "user.updated", "--yes", "--redis", redis.url());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(commands.xlen(DEAD_LETTERS)).isEqualTo(1);
        assertThat(commands.xlen(REPLAY)).isEqualTo(1);
        assertThat(commands.xinfoGroups(REPLAY)).hasSize(1);
        assertThat(commands.xlen(STREAM)).isEqualTo(10);
    }

    @Test
    void shouldPrintTheConsumersPendingEntriesAndLagOfTheDeletedGroupAsJson() throws Exception {
        CommandRun run = CommandRun.of("groups", "delete", "platform", "user.updated", "--yes", "--json", "--redis", redis.url());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Json.parse(run.out())).isEqualTo(Json.parse("{\"stream\":\"" + STREAM + "\",\"group\":\"platform\","
                + "\"deleted\":true,\"consumers\":2,\"pending\":3,\"lag\":5}"));
    }

    @Test
    void shouldPrintANullLagWhenRedisCannotTellIt() throws Exception {
        List<StreamMessage<String, String>> entries = commands.xrange(STREAM, Range.create("-", "+"));
        commands.xdel(STREAM, entries.get(7).getId()); // a deletion among the entries platform has not read

        CommandRun run = CommandRun.of("groups", "delete", "platform", "user.updated", "--yes", "--json", "--redis", redis.url());

        JsonNode result = Json.parse(run.out());
        assertThat(result.get("lag").isNull()).isTrue();
        assertThat(result.get("pending").asLong()).isEqualTo(3);
        assertThat(groups()).containsExactly("artisan");
    }

    @Test
    void shouldRefuseACatalogGroupWithoutForceAndLeaveIt() {
        CommandRun run = CommandRun.of("groups", "delete", "artisan", "user.updated", "--yes", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect groups delete: artisan is a consumer group of user.updated in the catalog: "
                + "a running artisan service recreates it at the start of " + STREAM + " and reads all 10 entries again; "
                + "pass --force to delete it anyway" + NL);
        assertThat(run.out()).isEmpty();
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldDeleteACatalogGroupWithForceAndYes() throws Exception {
        CommandRun run = CommandRun.of("groups", "delete", "artisan", "user.updated", "--force", "--yes", "--json",
                "--redis", redis.url());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode result = Json.parse(run.out());
        assertThat(result.get("deleted").asBoolean()).isTrue();
        assertThat(result.get("consumers").asLong()).isEqualTo(1);
        assertThat(result.get("lag").asLong()).isZero();
        assertThat(groups()).containsExactly("platform");
    }

    @Test
    void shouldWarnThatACatalogGroupIsReadAgainWhenAskingWithForce() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");

        CommandRun run = CommandRun.of("groups", "delete", "artisan", "user.updated", "--force", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("(1 consumer, 0 pending, lag 0)",
                "a running artisan service recreates it at the start of " + STREAM, "pass --yes");
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldTreatAnUnknownGroupAsAUsageErrorAndDeleteNothing() {
        CommandRun run = CommandRun.of("groups", "delete", "billing", "user.updated", "--yes", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect groups delete: there is no group billing on " + STREAM + NL);
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldTreatAMissingStreamAsAUsageErrorAndCreateNothing() {
        String reviews = EventType.REVIEW_CREATED.streamKey();

        CommandRun run = CommandRun.of("groups", "delete", "platform", "review.created", "--yes", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect groups delete: there is no stream " + reviews + NL);
        assertThat(commands.exists(reviews)).isZero();
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldRefuseWithoutYesWhenNobodyCanAnswer() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "false");

        CommandRun run = CommandRun.of("groups", "delete", "platform", "user.updated", "--redis", redis.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("korrect groups delete: Delete group platform on " + STREAM
                + " (2 consumers, 3 pending, lag 5): refused, standard input is not a terminal; "
                + "pass --yes to go ahead without a question" + NL);
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldAskWhatWillBeLostAndKeepTheGroupWhenDeclined() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "true");

        CommandRun run = CommandRun.withStdin("no\n".getBytes(StandardCharsets.UTF_8), "groups", "delete", "platform",
                "user.updated", "--redis", redis.url());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("Delete group platform on " + STREAM
                + " (2 consumers, 3 pending, lag 5)? [y/N] ");
        assertThat(run.out()).isEqualTo("nothing changed" + NL);
        assertThat(groups()).containsExactlyInAnyOrder("platform", "artisan");
    }

    @Test
    void shouldDeleteWhenTheOperatorAnswersYes() {
        System.setProperty(Confirmation.INTERACTIVE_PROPERTY, "true");

        CommandRun run = CommandRun.withStdin("y\n".getBytes(StandardCharsets.UTF_8), "groups", "delete", "platform",
                "user.updated", "--redis", redis.url());

        assertThat(run.status()).isZero();
        assertThat(groups()).containsExactly("artisan");
    }

    private List<StreamMessage<String, String>> read(String group, String consumer, int count) {
        return commands.xreadgroup(Consumer.from(group, consumer), XReadArgs.Builder.count(count),
                XReadArgs.StreamOffset.lastConsumed(STREAM));
    }

    private static String[] ids(List<StreamMessage<String, String>> entries) {
        return entries.stream().map(StreamMessage::getId).toArray(String[]::new);
    }

    private List<String> groups() {
        List<String> names = new ArrayList<>();
        for (Object group : commands.xinfoGroups(STREAM)) {
            List<?> fields = (List<?>) group;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("name".equals(String.valueOf(fields.get(i)))) {
                    names.add(String.valueOf(fields.get(i + 1)));
                }
            }
        }
        return names;
    }

    /** The groups that {@code streams --json} lists outside the catalog, as "GROUP on STREAM". */
    private static List<String> outsideCatalog() throws Exception {
        CommandRun run = CommandRun.of("streams", "--json", "--redis", redis.url());
        List<String> outside = new ArrayList<>();
        for (JsonNode group : Json.parse(run.out()).get("groupsOutsideCatalog")) {
            outside.add(group.get("group").asText() + " on " + group.get("stream").asText());
        }
        return outside;
    }
}
