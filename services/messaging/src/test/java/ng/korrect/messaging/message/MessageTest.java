package ng.korrect.messaging.message;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void shouldRefuseAnErasedMessageThatKeepsItsBody() {
        assertThatThrownBy(() -> new Message(UUID.randomUUID(), UUID.randomUUID(), 1, "user-a", "secret", true, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAMessageWithoutABodyThatIsNotErased() {
        assertThatThrownBy(() -> new Message(UUID.randomUUID(), UUID.randomUUID(), 1, "user-a", null, false, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
