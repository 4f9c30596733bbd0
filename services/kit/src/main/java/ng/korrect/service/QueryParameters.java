package ng.korrect.service;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request's query parameters, refusing a bad one with the same answer as a bad body field: 400
 * {@code validation_failed} naming it. Every service reads them this way, so a bad {@code limit} is the same
 * error everywhere. Stateless.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number of that parameter, between {@code min} and {@code max}; the default when absent or blank. */
    public static int wholeNumber(Context ctx, String name, int defaultValue, int min, int max) {
        Result read = wholeNumberOrProblem(ctx, name, defaultValue, min, max);
        if (read.problem() != null) {
            throw ApiException.validation(List.of(read.problem()));
        }
        return read.value();
    }

    /** The text of that parameter, stripped; empty when absent or blank. */
    public static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The text of that parameter, stripped; a 400 naming it when it is absent or blank. */
    public static String requiredText(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> invalid(name, "is required"));
    }

    /** The 400 naming that parameter and what is wrong with it. */
    public static ApiException invalid(String name, String reason) {
        return ApiException.validation(List.of(new FieldProblem(name, reason)));
    }

    /** The number, or the problem naming the parameter; for readers that report several problems at once. */
    static Result wholeNumberOrProblem(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return new Result(defaultValue, null);
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return new Result(value, null);
            }
        } catch (NumberFormatException e) {
            // refused below, like a value out of range
        }
        return new Result(defaultValue, new FieldProblem(name, "must be a whole number between " + min + " and " + max));
    }

    /** A number read, or the problem that kept it from being read. */
    record Result(int value, FieldProblem problem) {

        Optional<FieldProblem> problemIfAny() {
            return Optional.ofNullable(problem);
        }
    }
}
