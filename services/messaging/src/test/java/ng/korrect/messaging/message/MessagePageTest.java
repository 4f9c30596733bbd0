package ng.korrect.messaging.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MessagePageTest {

    private static final UUID CONVERSATION = UUID.randomUUID();

    @Test
    void shouldPointToTheOlderPageWhenMoreWereReadThanShown() {
        MessagePage page = MessagePage.of(newestFirst(9, 8, 7), 2);

        assertThat(page.messages()).extracting(Message::seq).containsExactly(9L, 8L);
        assertThat(page.nextCursor()).isEqualTo("8");
    }

    @Test
    void shouldHaveNoNextCursorOnTheLastPage() {
        assertThat(MessagePage.of(newestFirst(2, 1), 2).nextCursor()).isNull();
        assertThat(MessagePage.of(List.of(), 2).nextCursor()).isNull();
    }

    private static List<Message> newestFirst(long... seqs) {
        return LongStream.of(seqs).mapToObj(seq -> new Message(UUID.randomUUID(), CONVERSATION, seq, "user-a",
                "message " + seq, false, Instant.EPOCH)).toList();
    }
}
