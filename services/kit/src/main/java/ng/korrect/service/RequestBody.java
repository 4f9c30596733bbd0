package ng.korrect.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    private static final String LINE_REASON = "must be one line, without line breaks, tabs or other control characters";

    /**
     * Numbers with a fraction are read as {@link BigDecimal}: amounts never pass through a double. A member
     * named twice and anything after the object are refused: two parsers could read such a body differently.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** The most digits an amount may have after the point (kobo). */
    public static final int AMOUNT_SCALE = 2;
    /**
     * The largest amount accepted: ₦1 billion, well above any booking, and low enough that the sum of an
     * escrow's 50 milestones still fits the databases' {@code NUMERIC(14,2)} (a larger one failed there as a 500).
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private final JsonNode root;
    private final List<FieldProblem> problems;
    private final String prefix;

    private RequestBody(JsonNode root, List<FieldProblem> problems, String prefix) {
        this.root = root;
        this.problems = problems;
        this.prefix = prefix;
    }

    /** Parses the body; a body that is not a JSON object is a 400 at once. */
    public static RequestBody parse(String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("the request body must be a JSON object");
            }
            return new RequestBody(root, new ArrayList<>(), "");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
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
        Optional<String> unfit = unfitText(text, false);
        if (unfit.isPresent()) {
            return problem(field, unfit.get());
        }
        return text.length() > maxLength ? problem(field, "must be at most " + maxLength + " characters") : text;
    }

    /**
     * A non-blank single line of at most {@code maxLength} characters: as {@link #requiredText}, and without
     * line breaks, tabs or other control characters, for what is shown to others on one line (names, titles),
     * where a line break could forge a second line of a mail, a log or a notice.
     */
    public String requiredLine(String field, int maxLength) {
        String text = requiredText(field, maxLength);
        if (text != null && text.codePoints().anyMatch(Character::isISOControl)) {
            return problem(field, LINE_REASON);
        }
        return text;
    }

    /**
     * Why a text read some other way (an item of a list) may not be stored or shown to others, if it may not:
     * a NUL character, half a surrogate pair, a bidirectional override, and for a {@code line} any control
     * character. The same reasons {@link #requiredText} and {@link #requiredLine} give.
     */
    public static Optional<String> unfitText(String text, boolean line) {
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of("must not contain NUL characters"); // PostgreSQL refuses them in text: a 500 after
        }
        if (hasLoneSurrogate(text)) {
            return Optional.of("must be valid Unicode text (it has half of a surrogate pair)");
        }
        if (text.codePoints().anyMatch(RequestBody::isBidiControl)) {
            return Optional.of("must not contain bidirectional embedding, override or isolate characters (U+202A-U+202E, "
                    + "U+2066-U+2069): they make text shown to others read differently from what it is");
        }
        if (line && text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(LINE_REASON);
        }
        return Optional.empty();
    }

    /** Whether the code point is a bidirectional embedding, override or isolate control. */
    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** Whether the text has a UTF-16 surrogate without its other half, which no encoding of text can carry. */
    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
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

    /**
     * An amount of money in naira: a JSON number (or a string holding one, as some clients send), more
     * than zero, at most {@value #AMOUNT_SCALE} decimals and at most {@link #MAX_AMOUNT}; exact, never a double.
     */
    public BigDecimal requiredAmount(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        BigDecimal amount;
        if (node.isNumber()) {
            amount = node.decimalValue();
        } else if (node.isTextual()) {
            try {
                amount = new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                return problem(field, "must be a number");
            }
        } else {
            return problem(field, "must be a number");
        }
        if (amount.signum() <= 0) {
            return problem(field, "must be more than 0");
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            return problem(field, "must have at most " + AMOUNT_SCALE + " decimals");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return problem(field, "must be at most " + MAX_AMOUNT.toPlainString());
        }
        return amount.setScale(AMOUNT_SCALE);
    }

    /** An amount when present (see {@link #requiredAmount}); empty when absent or null. */
    public Optional<BigDecimal> optionalAmount(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.ofNullable(requiredAmount(field));
    }

    /**
     * An amount that may be zero: absent, null or 0 (a number or a string, as {@link #requiredAmount} takes) reads
     * as zero, anything else as {@link #requiredAmount} (more than 0, at most {@value #AMOUNT_SCALE} decimals).
     */
    public BigDecimal amountOrZero(String field) {
        JsonNode node = root.get(field);
        boolean zero = node != null && (node.isNumber() && node.decimalValue().signum() == 0
                || node.isTextual() && node.textValue().strip().matches("0+(\\.0+)?"));
        if (node == null || node.isNull() || zero) {
            return BigDecimal.ZERO.setScale(AMOUNT_SCALE);
        }
        return requiredAmount(field);
    }

    /**
     * An ISO 8601 instant with an offset when present, e.g. {@code 2026-12-01T09:00:00Z}; empty when absent or null.
     */
    public Optional<Instant> optionalInstant(String field) {
        return optionalText(field, 64).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.ofNullable(problem(field,
                        "must be an ISO 8601 date and time with an offset, e.g. 2026-12-01T09:00:00Z"));
            }
        });
    }

    /**
     * The list of {@code minSize} to {@code maxSize} non-blank strings, distinct ignoring case, of at most
     * {@code maxLength} characters each, stripped and fit to store ({@link #unfitText}; one line each when
     * {@code lines}); a bad item is named {@code field[index]}. Null when the list or any item is bad.
     */
    public List<String> requiredTextList(String field, int minSize, int maxSize, int maxLength, boolean lines) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        if (!node.isArray() || node.size() < minSize || node.size() > maxSize) {
            return problem(field, "must be a list of " + minSize + " to " + maxSize + " strings");
        }
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String name = field + "[" + i + "]";
            JsonNode item = node.get(i);
            String text = item.isTextual() ? item.textValue().strip() : null;
            Optional<String> unfit = text == null ? Optional.empty() : unfitText(text, lines);
            if (check(name, text != null && !text.isEmpty(), "must be a non-blank string")
                    && check(name, text.length() <= maxLength, "must be at most " + maxLength + " characters")
                    && check(name, unfit.isEmpty(), unfit.orElse(""))
                    && check(name, seen.add(text.toLowerCase(Locale.ROOT)), "repeats an earlier item")) {
                items.add(text);
            }
        }
        return items.size() == node.size() ? List.copyOf(items) : null;
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    public Integer requiredInt(String field, int min, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return problem(field, "must be a whole number");
        }
        int value = node.intValue();
        return value < min || value > max ? problem(field, "must be between " + min + " and " + max) : value;
    }

    /**
     * The list of JSON objects of that field, at least {@code minSize} and at most {@code maxSize} of them,
     * each read like a body of its own; their problems are named {@code field[index].name} and count
     * for this body's {@link #validate()}.
     */
    public List<RequestBody> requiredObjects(String field, int minSize, int maxSize) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        if (!node.isArray()) {
            return problem(field, "must be a list");
        }
        if (node.size() < minSize || node.size() > maxSize) {
            return problem(field, "must hold between " + minSize + " and " + maxSize + " items");
        }
        List<RequestBody> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                return problem(field, "must hold only objects");
            }
            items.add(new RequestBody(item, problems, prefix + field + "[" + items.size() + "]."));
        }
        return items;
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
        String name = prefix + field;
        if (problems.stream().noneMatch(problem -> problem.field().equals(name))) {
            problems.add(new FieldProblem(name, reason));
        }
        return null;
    }
}
