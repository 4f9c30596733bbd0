package ng.korrect.artisan.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ng.korrect.service.RequestBody;

/**
 * Reads a list of strings from a request body, which the kit's {@link RequestBody} has no reader for;
 * problems are recorded on that body ({@code field} or {@code field[i]}) so that its
 * {@link RequestBody#validate()} names them with the others.
 */
public final class TextList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextList() {
    }

    /**
     * The field's list of {@code minSize} to {@code maxSize} non-blank, distinct (ignoring case) strings of
     * at most {@code maxLength} characters, stripped, each fit to store ({@link RequestBody#unfitText}; one line
     * each when {@code lines}); null when it is bad. Call after {@link RequestBody#parse}.
     */
    public static List<String> required(RequestBody body, String rawBody, String field, int minSize, int maxSize,
                                        int maxLength, boolean lines) {
        JsonNode node = field(rawBody, field);
        if (node == null || node.isNull()) {
            body.check(field, false, "is required");
            return null;
        }
        if (!node.isArray() || node.size() < minSize || node.size() > maxSize) {
            body.check(field, false, "must be a list of " + minSize + " to " + maxSize + " strings");
            return null;
        }
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String name = field + "[" + i + "]";
            JsonNode item = node.get(i);
            String text = item.isTextual() ? item.textValue().strip() : null;
            Optional<String> unfit = text == null ? Optional.empty() : RequestBody.unfitText(text, lines);
            if (body.check(name, text != null && !text.isEmpty(), "must be a non-blank string")
                    && body.check(name, text.length() <= maxLength, "must be at most " + maxLength + " characters")
                    && body.check(name, unfit.isEmpty(), unfit.orElse(""))
                    && body.check(name, seen.add(text.toLowerCase(Locale.ROOT)), "repeats an earlier item")) {
                items.add(text);
            }
        }
        return items.size() == node.size() ? List.copyOf(items) : null;
    }

    private static JsonNode field(String rawBody, String field) {
        try {
            return JSON.readTree(rawBody).get(field);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
