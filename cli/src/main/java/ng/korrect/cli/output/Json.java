package ng.korrect.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The JSON that {@code --json} prints: documents indented, lines (for {@code tail}) compact. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** A new, empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Prints the document, indented. */
    public static void print(PrintWriter out, JsonNode document) {
        out.println(write(MAPPER, document));
    }

    /** Prints the document on one line. */
    public static void printLine(PrintWriter out, JsonNode document) {
        out.println(write(COMPACT, document));
    }

    /** The document, indented. */
    public static String pretty(JsonNode document) {
        return write(MAPPER, document);
    }

    /** The document on one line. */
    public static String compact(JsonNode document) {
        return write(COMPACT, document);
    }

    /** Reads JSON text; throws {@link JsonProcessingException} when it is not JSON. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return COMPACT.readTree(text);
    }

    private static String write(ObjectMapper mapper, JsonNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
