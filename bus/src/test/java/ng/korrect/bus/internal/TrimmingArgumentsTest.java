package ng.korrect.bus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.CommandArgs;
import org.junit.jupiter.api.Test;

class TrimmingArgumentsTest {

    @Test
    void shouldTrimApproximatelyToMaxLength() {
        assertThat(render(RedisEventPublisher.trimming(10_000, false))).isEqualTo("MAXLEN ~ 10000 *");
    }

    @Test
    void shouldKeepUnacknowledgedEntriesWhereTheServerOffersAcked() {
        assertThat(render(RedisEventPublisher.trimming(10_000, true))).isEqualTo("ACKED MAXLEN ~ 10000 *");
    }

    private static String render(io.lettuce.core.XAddArgs args) {
        CommandArgs<String, String> command = new CommandArgs<>(StringCodec.UTF8);
        args.build(command);
        // keywords render in base64 ("QUNLRUQ=" for ACKED); decode them for a readable comparison
        return command.toCommandString().replace(java.util.Base64.getEncoder().encodeToString("ACKED".getBytes()), "ACKED");
    }
}
