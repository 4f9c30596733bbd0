package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MalformedTextTest {

    private static final String VALID = "{\"id\":\"5b1f7d0e-2c44-4d5e-9a3b-0c6f4e8a2b11\",\"type\":\"user.deleted\","
            + "\"payload\":{\"userId\":\"u-1\",\"email\":\"ada@example.ng\"},\"timestamp\":\"2026-11-26T19:22:40.123Z\","
            + "\"source\":\"users\"%s}";

    private final EventCodec codec = EventCodec.create();

    @Test
    void shouldRefuseALeadingByteOrderMarkAsJsonParseDoes() {
        byte[] text = String.format(VALID, "").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        assertThatThrownBy(() -> codec.decode(withMark)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("byte order mark");
    }

    @Test
    void shouldReadAMetadataKeyThatIsALoneSurrogateAndWriteItBackTheSame() {
        String wire = String.format(VALID, ",\"metadata\":{\"\\ud800\":1}");

        assertThat(codec.encodeToString(codec.decode(wire))).isEqualTo(wire);
    }

    @Test
    void shouldStillReportBrokenJsonThatTheTextParserAlsoRefuses() {
        assertThatThrownBy(() -> codec.decode("{\"id\":")).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not valid JSON");
    }
}
