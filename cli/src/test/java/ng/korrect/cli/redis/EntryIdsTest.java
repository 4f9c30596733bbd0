package ng.korrect.cli.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryIdsTest {

    @Test
    void shouldTellTheTimeOfAnEntryFromItsId() {
        assertThat(EntryIds.timeOf("1732650160123-7")).isEqualTo(Instant.ofEpochMilli(1732650160123L));
    }

    @Test
    void shouldOrderByTimeThenSequenceNotAsText() {
        assertThat(EntryIds.compare("9-0", "10-0")).isNegative();
        assertThat(EntryIds.compare("10-2", "10-10")).isNegative();
        assertThat(EntryIds.compare("10-0", "10")).isZero();
        assertThat(EntryIds.compare("11-0", "10-99")).isPositive();
    }

    @Test
    void shouldRecogniseEntryIds() {
        assertThat(EntryIds.isEntryId("1732650160123-0")).isTrue();
        assertThat(EntryIds.isEntryId("1732650160123")).isTrue();
        assertThat(EntryIds.isEntryId("2h")).isFalse();
        assertThat(EntryIds.isEntryId("1-2-3")).isFalse();
    }
}
