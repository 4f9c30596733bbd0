package ng.korrect.messaging.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageCursorTest {

    @Test
    void shouldReadBackTheCursorItGave() {
        Message oldest = new Message(UUID.randomUUID(), UUID.randomUUID(), 42, "user-a", "hi", false, Instant.EPOCH);

        assertThat(MessageCursor.decode(MessageCursor.after(oldest))).hasValue(42);
    }

    @Test
    void shouldRefuseTextThatIsNotACursor() {
        assertThat(MessageCursor.decode("abc")).isEmpty();
        assertThat(MessageCursor.decode("")).isEmpty();
        assertThat(MessageCursor.decode(null)).isEmpty();
        assertThat(MessageCursor.decode("-3")).isEmpty();
        assertThat(MessageCursor.decode("0")).isEmpty();
        assertThat(MessageCursor.decode("99999999999999999999")).isEmpty();
    }
}
