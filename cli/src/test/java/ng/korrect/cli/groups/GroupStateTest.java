package ng.korrect.cli.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GroupStateTest {

    private static final String STREAM = "korrect:events:user.updated";

    @Test
    void shouldReadTheNamedGroupFromTheReplyOfXinfoGroups() {
        List<Object> reply = List.of(group("artisan", 1, 0, "5-0", 0L), group("platform", 2, 3, "5-0", 5L));

        assertThat(GroupState.find(STREAM, "platform", reply))
                .contains(new GroupState(STREAM, "platform", 2, 3, "5-0", OptionalLong.of(5)));
    }

    @Test
    void shouldReadNamesSentAsBytes() {
        List<Object> reply = List.of(List.of("name".getBytes(StandardCharsets.UTF_8), "platform".getBytes(StandardCharsets.UTF_8),
                "consumers", 2L, "pending", 0L, "last-delivered-id", "0-0".getBytes(StandardCharsets.UTF_8), "lag", 4L));

        assertThat(GroupState.find(STREAM, "platform", reply)).map(GroupState::lastDeliveredId).contains("0-0");
    }

    @Test
    void shouldFindNothingWhenNoGroupHasTheName() {
        assertThat(GroupState.find(STREAM, "billing", List.of(group("artisan", 1, 0, "5-0", 0L)))).isEmpty();
    }

    @Test
    void shouldLeaveTheLagEmptyWhenRedisReportsNone() {
        List<Object> reply = List.of(group("platform", 2, 3, "5-0", null));

        assertThat(GroupState.find(STREAM, "platform", reply)).map(GroupState::lag).contains(OptionalLong.empty());
    }

    @Test
    void shouldSummariseConsumersPendingAndLag() {
        assertThat(new GroupState(STREAM, "platform", 2, 3, "5-0", OptionalLong.of(5)).summary())
                .isEqualTo("2 consumers, 3 pending, lag 5");
        assertThat(new GroupState(STREAM, "platform", 1, 0, "5-0", OptionalLong.empty()).summary())
                .isEqualTo("1 consumer, 0 pending, lag unknown");
    }

    private static List<Object> group(String name, long consumers, long pending, String lastDeliveredId, Long lag) {
        return Arrays.asList("name", name, "consumers", consumers, "pending", pending, "last-delivered-id", lastDeliveredId,
                "entries-read", 5L, "lag", lag);
    }
}
