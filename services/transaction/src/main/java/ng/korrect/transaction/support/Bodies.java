package ng.korrect.transaction.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import ng.korrect.service.RequestBody;

/** Readings of request fields that the kit's {@link RequestBody} does not offer. */
public final class Bodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    /** An ISO 8601 instant with an offset when present, e.g. {@code 2026-12-01T09:00:00Z}; a bad one is a problem. */
    public static Optional<Instant> optionalInstant(RequestBody body, String field) {
        return body.optionalText(field, 64).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                body.check(field, false, "must be an ISO 8601 date and time with an offset, e.g. 2026-12-01T09:00:00Z");
                return Optional.empty();
            }
        });
    }

    /**
     * An amount that may be zero: absent or 0 reads as zero, anything else as {@link RequestBody#requiredAmount}
     * (more than 0, at most 2 decimals). {@code rawBody} is the request's text, to tell a zero apart.
     */
    public static BigDecimal amountOrZero(RequestBody body, String rawBody, String field) {
        JsonNode node = tree(rawBody).path(field);
        boolean zero = node.isNumber() && node.decimalValue().signum() == 0
                || node.isTextual() && node.textValue().strip().matches("0+(\\.0+)?");
        if (node.isMissingNode() || node.isNull() || zero) {
            return BigDecimal.ZERO.setScale(RequestBody.AMOUNT_SCALE);
        }
        return body.requiredAmount(field);
    }

    private static JsonNode tree(String rawBody) {
        try {
            return JSON.readTree(rawBody);
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }
}
