package ng.korrect.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The answer to one request of the workload: its status (0 when none came) and its JSON body.
 *
 * @param status the HTTP status, 0 when there was no answer
 * @param body the JSON body, missing when empty or not JSON
 */
record Answer(int status, JsonNode body) {

    /** No answer: the request may or may not have happened. */
    static Answer none() {
        return new Answer(0, MissingNode.getInstance());
    }

    /** Answered 2xx. */
    boolean acknowledged() {
        return status >= 200 && status < 300;
    }

    /**
     * Whether the request may have happened without being acknowledged: no answer, or a server error (the
     * change may have committed before the error).
     */
    boolean uncertain() {
        return status == 0 || status >= 500;
    }

    /** The text of a field of the body, or "" when absent. */
    String text(String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    @Override
    public String toString() {
        return status == 0 ? "no answer" : status + " " + body;
    }
}
