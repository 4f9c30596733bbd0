package ng.korrect.catalog.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import ng.korrect.catalog.EventType;

/** The generated documents as indented JSON text, for the CLI and for publishing. */
public final class CatalogDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogDocuments() {
    }

    /** The JSON Schema of that event type's envelope. */
    public static String jsonSchema(EventType type) {
        return text(EventSchemas.of(type));
    }

    /** The AsyncAPI 3.0 document of the catalog. */
    public static String asyncApi() {
        return text(AsyncApiDocument.generate());
    }

    private static String text(ObjectNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
