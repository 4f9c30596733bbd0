package ng.korrect.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The golden wire files that {@code src/test/node/make-golden.mjs} writes with Node.js's
 * {@code JSON.stringify}: the bytes a Node.js service puts on the wire.
 */
final class GoldenFiles {

    /** One line of {@code events.jsonl}: its number (from 1) and its exact bytes, without the newline. */
    record GoldenLine(int number, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            int typeAt = text.indexOf("\"type\":\"");
            String type = typeAt < 0 ? "?" : text.substring(typeAt + 8, text.indexOf('"', typeAt + 8));
            return "line " + number + " (" + type + ")";
        }
    }

    /** One line of {@code invalid-events.jsonl}: what is wrong, the paths to report, and the raw wire text. */
    record InvalidCase(String name, List<String> paths, String wire) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenFiles() {
    }

    /** Every line of {@code golden/events.jsonl}, split on the newline byte only. */
    static List<GoldenLine> events() {
        byte[] file = read("/golden/events.jsonl");
        List<GoldenLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(new GoldenLine(lines.size() + 1, Arrays.copyOfRange(file, start, i)));
                start = i + 1;
            }
        }
        if (start != file.length) {
            throw new IllegalStateException("events.jsonl does not end with a newline");
        }
        return lines;
    }

    /** The golden line of the event with that id. */
    static String eventWithId(String id) {
        String prefix = "{\"id\":\"" + id + "\",";
        return events().stream().map(GoldenLine::text).filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no golden event with id " + id));
    }

    /** Every case of {@code golden/invalid-events.jsonl}. */
    static List<InvalidCase> invalidEvents() {
        String text = new String(read("/golden/invalid-events.jsonl"), StandardCharsets.UTF_8);
        return text.lines().map(GoldenFiles::invalidCase).toList();
    }

    private static InvalidCase invalidCase(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            List<String> paths = StreamSupport.stream(node.get("paths").spliterator(), false)
                    .map(JsonNode::asText).toList();
            return new InvalidCase(node.get("case").asText(), paths, node.get("wire").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("bad line in invalid-events.jsonl: " + line, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run node catalog/src/test/node/make-golden.mjs");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
