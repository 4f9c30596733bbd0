package ng.korrect.service.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/**
 * One HTTP answer of a service under test.
 *
 * @param status the status code
 * @param body the JSON body; a missing node when the body was empty or not JSON
 * @param text the body as sent
 * @param headers the response headers
 */
public record ApiResponse(int status, JsonNode body, String text, HttpHeaders headers) {

    /** The error code of a CONTRACTS.md error body ({@code error.code}), or empty text. */
    public String errorCode() {
        return body.path("error").path("code").asText();
    }

    /** The field names of a {@code validation_failed} error's details, in order. */
    public java.util.List<String> badFields() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        body.path("error").path("details").forEach(problem -> fields.add(problem.path("field").asText()));
        return fields;
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
