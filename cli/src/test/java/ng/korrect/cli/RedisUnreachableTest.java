package ng.korrect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command that needs Redis says where it looked, without a stack trace, and exits with 2. */
class RedisUnreachableTest {

    private static final String NOWHERE = "redis://127.0.0.1:1";

    @ParameterizedTest
    @ValueSource(strings = {
        "streams",
        "tail --no-follow",
        "publish user.deleted --payload {\"userId\":\"u-1\",\"email\":\"a@b.ng\"}",
        "dlq list",
        "dlq show booking.created/1-0",
        "dlq replay",
        "dlq purge --yes",
        "groups reset platform booking.created --to latest --yes",
        "groups delete platform user.updated --yes"
    })
    void shouldExitWithTwoAndNameTheUrlWhenRedisCannotBeReached(String command) {
        String[] words = (command + " --redis " + NOWHERE).split(" ");

        CommandRun run = CommandRun.of(words);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach Redis at " + NOWHERE).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:6379", "redis://:secret@[bad"})
    void shouldTreatABadRedisUrlAsAUsageErrorWithoutShowingThePassword(String url) {
        CommandRun run = CommandRun.of("streams", "--redis", url);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("korrect streams: ").doesNotContain("secret");
    }
}
