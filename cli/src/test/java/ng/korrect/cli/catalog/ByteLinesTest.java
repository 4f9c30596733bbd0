package ng.korrect.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static final int LIMIT = 1024;

    @Test
    void shouldSplitOnNewlineKeepingEmptyLinesButNoLineAfterTheLastNewline() throws IOException {
        assertThat(texts("a\n\nb\n")).containsExactly("a", "", "b");
    }

    @Test
    void shouldCountALastLineWithoutNewline() throws IOException {
        assertThat(texts("a\nb")).containsExactly("a", "b");
    }

    @Test
    void shouldReadNoLineFromAnEmptyStream() throws IOException {
        assertThat(texts("")).isEmpty();
    }

    @Test
    void shouldDropExactlyOneCarriageReturnBeforeTheLineEnd() throws IOException {
        assertThat(texts("a\r\nb\r\r\nc\r")).containsExactly("a", "b\r", "c");
    }

    @Test
    void shouldKeepALineThatSpansManyChunks() throws IOException {
        String line = "y".repeat(200_000);

        List<ByteLines.Line> lines = lines(line + "\nz\n", 300_000);

        assertThat(lines).hasSize(2);
        assertThat(new String(lines.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(line);
        assertThat(lines.get(1).bytes()).containsExactly('z');
    }

    @Test
    void shouldKeepOnlyTheLengthOfALineOverTheLimit() throws IOException {
        List<ByteLines.Line> lines = lines("x".repeat(LIMIT + 1) + "\r\n" + "x".repeat(LIMIT) + "\r\n", LIMIT);

        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(lines.get(0).length()).isEqualTo(LIMIT + 1);
        assertThat(lines.get(1).tooLong()).isFalse();
        assertThat(lines.get(1).bytes()).hasSize(LIMIT);
    }

    private static List<String> texts(String input) throws IOException {
        return lines(input, LIMIT).stream().map(line -> new String(line.bytes(), StandardCharsets.UTF_8)).toList();
    }

    private static List<ByteLines.Line> lines(String input, int limit) throws IOException {
        ByteLines reader = new ByteLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), limit, () -> { });
        List<ByteLines.Line> lines = new ArrayList<>();
        for (ByteLines.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
