package ng.korrect.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import ng.korrect.catalog.payload.WireValue;

/**
 * Reads a JSON request body field by field, collecting every bad field before failing, so that one 400
 * names them all:
 *
 * <pre>{@code
 * RequestBody body = RequestBody.parse(ctx.body());
 * String email = body.requiredText("email", 254);
 * Role role = body.requiredEnum("role", Role.class);
 * body.check("email", email != null && email.contains("@"), "must be an email address");
 * body.validate();   // throws ApiException.validation(...) when any field was bad
 * }</pre>
 *
 * <p>The getters return null for a bad field; call {@link #validate()} before using the values.
 * Not thread-safe.
 */
public final class RequestBody {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final List<FieldProblem> problems = new ArrayList<>();

    private RequestBody(JsonNode root) {
        this.root = root;
    }

    /** Parses the body; a body that is not a JSON object is a 400 at once. */
    public static RequestBody parse(String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("the request body must be a JSON object");
            }
            return new RequestBody(root);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    public String requiredText(String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        if (!node.isTextual()) {
            return problem(field, "must be a string");
        }
        String text = node.textValue().strip();
        if (text.isEmpty()) {
            return problem(field, "must not be blank");
        }
        return text.length() > maxLength ? problem(field, "must be at most " + maxLength + " characters") : text;
    }

    /** A string when present, at most {@code maxLength} characters; empty when absent or null. */
    public Optional<String> optionalText(String field, int maxLength) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.ofNullable(requiredText(field, maxLength));
    }

    /** One of the enum's wire names, e.g. {@code "customer"} for {@code Role.CUSTOMER}. */
    public <E extends Enum<E> & WireValue> E requiredEnum(String field, Class<E> type) {
        String text = requiredText(field, 100);
        if (text == null) {
            return null;
        }
        E[] values = type.getEnumConstants();
        return Arrays.stream(values).filter(value -> value.wireName().equals(text)).findFirst()
                .orElseGet(() -> problem(field, "must be one of " + Arrays.stream(values).map(WireValue::wireName).toList()));
    }

    /** Records a problem with the field unless the condition holds; returns the condition. */
    public boolean check(String field, boolean condition, String reason) {
        if (!condition) {
            problem(field, reason);
        }
        return condition;
    }

    /** Records a problem with the field when the value is present and fails the test. */
    public <T> T check(String field, T value, Predicate<T> test, String reason) {
        return value == null || test.test(value) ? value : problem(field, reason);
    }

    /** The problems found so far. */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Fails with a 400 naming every bad field, when there is one. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }

    private <T> T problem(String field, String reason) {
        if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
            problems.add(new FieldProblem(field, reason));
        }
        return null;
    }
}
