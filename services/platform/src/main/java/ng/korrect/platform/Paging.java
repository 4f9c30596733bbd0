package ng.korrect.platform;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import ng.korrect.service.ApiException;
import ng.korrect.service.FieldProblem;

/**
 * A page of a listing from the query: {@code limit} (1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}) and {@code offset} (0 or more, default 0); a bad value is a 400 naming it.
 *
 * @param limit how many items at most
 * @param offset how many to skip
 */
public record Paging(int limit, int offset) {

    /** The default page size. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page size. */
    public static final int MAX_LIMIT = 100;

    /** The paging of the request's query. */
    public static Paging of(Context ctx) {
        List<FieldProblem> problems = new ArrayList<>();
        int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, problems);
        int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new Paging(limit, offset);
    }

    private static int number(Context ctx, String name, int defaultValue, int min, int max, List<FieldProblem> problems) {
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
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a whole number between " + min + " and " + max));
        return defaultValue;
    }
}
