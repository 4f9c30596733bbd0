package ng.korrect.cli.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import ng.korrect.cli.CommandException;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldReadEntryIdsWithOrWithoutSequence() {
        assertThat(StreamPosition.parse("1732650160123-4", CLOCK)).isEqualTo(new StreamPosition.AtEntry("1732650160123-4"));
        assertThat(StreamPosition.parse("0", CLOCK)).isEqualTo(new StreamPosition.AtEntry("0-0"));
    }

    @Test
    void shouldReadInstantsAndDurationsAgo() {
        assertThat(StreamPosition.parse("2026-11-27T03:00:00Z", CLOCK))
                .isEqualTo(new StreamPosition.AtTime(Instant.parse("2026-11-27T03:00:00Z")));
        assertThat(StreamPosition.parse("2026-11-27T04:00:00+01:00", CLOCK))
                .isEqualTo(new StreamPosition.AtTime(Instant.parse("2026-11-27T03:00:00Z")));
        assertThat(StreamPosition.parse("15m", CLOCK)).isEqualTo(new StreamPosition.AtTime(Instant.parse("2026-11-27T03:45:00Z")));
        assertThat(StreamPosition.parse("2h", CLOCK)).isEqualTo(new StreamPosition.AtTime(Instant.parse("2026-11-27T02:00:00Z")));
        assertThat(StreamPosition.parse("1d", CLOCK)).isEqualTo(new StreamPosition.AtTime(Instant.parse("2026-11-26T04:00:00Z")));
    }

    @Test
    void shouldGiveTheFirstIdOfATime() {
        assertThat(new StreamPosition.AtTime(Instant.ofEpochMilli(1732650160123L)).firstId()).isEqualTo("1732650160123-0");
    }

    @Test
    void shouldReadLatest() {
        assertThat(StreamPosition.parse("latest", CLOCK)).isInstanceOf(StreamPosition.Latest.class);
        assertThat(StreamPosition.parse("$", CLOCK)).isInstanceOf(StreamPosition.Latest.class);
    }

    @Test
    void shouldRefuseAnythingElseAsAUsageError() {
        assertThatThrownBy(() -> StreamPosition.parse("yesterday", CLOCK))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("'yesterday' is neither an entry id")
                .satisfies(e -> assertThat(((CommandException) e).exitCode()).isEqualTo(2));
    }
}
