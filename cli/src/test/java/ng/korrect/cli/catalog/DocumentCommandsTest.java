package ng.korrect.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.schema.CatalogDocuments;
import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.Test;

class DocumentCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPrintTheJsonSchemaOfTheType() throws Exception {
        CommandRun run = CommandRun.of("catalog", "schema", "review.created");

        assertThat(run.status()).isZero();
        JsonNode schema = JSON.readTree(run.out());
        assertThat(schema.path("title").asText()).isEqualTo("review.created");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:korrect:event:review.created");
        assertThat(schema.at("/properties/payload/required")).hasSize(5);
        assertThat(run.out().strip()).isEqualTo(CatalogDocuments.jsonSchema(EventType.REVIEW_CREATED));
    }

    @Test
    void shouldRefuseSchemaOfAnUnknownType() {
        CommandRun run = CommandRun.of("catalog", "schema", "booking.create");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("did you mean 'booking.created'?");
    }

    @Test
    void shouldPrintTheAsyncApiDocumentWithOneChannelPerType() throws Exception {
        CommandRun run = CommandRun.of("catalog", "asyncapi");

        assertThat(run.status()).isZero();
        JsonNode document = JSON.readTree(run.out());
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("channels")).hasSize(21);
        assertThat(document.path("channels").has("notification.send")).isTrue();
    }
}
