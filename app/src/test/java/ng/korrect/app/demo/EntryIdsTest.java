package ng.korrect.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryIdsTest {

    @Test
    void shouldCompareEntryIdsAsNumbersNotAsText() {
        assertThat(EntryIds.compare("9-0", "10-0")).isNegative();
        assertThat(EntryIds.compare("10-2", "10-10")).isNegative();
        assertThat(EntryIds.compare("10-10", "10-10")).isZero();
        assertThat(EntryIds.compare("11-0", "10-99")).isPositive();
    }

    @Test
    void shouldCountAnEntryHandledOnlyWhenDeliveredAndNoLongerPending() {
        StreamProgress.GroupState group = new StreamProgress.GroupState("platform", "20-0", Set.of("15-0"));

        assertThat(group.handled("10-0")).isTrue();
        assertThat(group.handled("15-0")).as("delivered but not acknowledged").isFalse();
        assertThat(group.handled("20-0")).isTrue();
        assertThat(group.handled("21-0")).as("not delivered yet").isFalse();
    }
}
