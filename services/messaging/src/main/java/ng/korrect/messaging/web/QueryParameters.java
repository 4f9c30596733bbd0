package ng.korrect.messaging.web;

import io.javalin.http.Context;
import java.util.List;
import ng.korrect.service.ApiException;
import ng.korrect.service.FieldProblem;

/** Reads query parameters, refusing a bad one with the same 400 as a bad body field, named after it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number of that parameter, between {@code min} and {@code max}; the default when absent. */
    public static int intParameter(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a value out of range
        }
        throw invalid(name, "must be a whole number between " + min + " and " + max);
    }

    /** The 400 naming that parameter and what is wrong with it. */
    public static ApiException invalid(String name, String reason) {
        return ApiException.validation(List.of(new FieldProblem(name, reason)));
    }
}
