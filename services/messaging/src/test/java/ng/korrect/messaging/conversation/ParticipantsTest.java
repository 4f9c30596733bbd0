package ng.korrect.messaging.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantsTest {

    @Test
    void shouldBeTheSamePairWhoeverComesFirst() {
        assertThat(Participants.of("user-b", "user-a")).isEqualTo(Participants.of("user-a", "user-b"));
        assertThat(Participants.of("user-b", "user-a").first()).isEqualTo("user-a");
    }

    @Test
    void shouldRefuseAPairOfOneUserTwice() {
        assertThatThrownBy(() -> Participants.of("user-a", "user-a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different users");
    }

    @Test
    void shouldRefuseAnUnorderedPairBuiltDirectly() {
        assertThatThrownBy(() -> new Participants("user-b", "user-a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameTheOtherParticipant() {
        Participants pair = Participants.of("user-a", "user-b");

        assertThat(pair.otherThan("user-a")).isEqualTo("user-b");
        assertThat(pair.otherThan("user-b")).isEqualTo("user-a");
        assertThatThrownBy(() -> pair.otherThan("user-c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldIncludeOnlyItsTwoUsers() {
        Participants pair = Participants.of("user-a", "user-b");

        assertThat(pair.includes("user-a")).isTrue();
        assertThat(pair.includes("user-b")).isTrue();
        assertThat(pair.includes("user-c")).isFalse();
    }
}
