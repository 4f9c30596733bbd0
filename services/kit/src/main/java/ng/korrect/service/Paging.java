package ng.korrect.service;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a listing from the query: {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT})
 * and {@code offset} (0 or more, default 0); bad values are one 400 {@code validation_failed} naming each.
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
        QueryParameters.Result limit = QueryParameters.wholeNumberOrProblem(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        QueryParameters.Result offset = QueryParameters.wholeNumberOrProblem(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<FieldProblem> problems = new ArrayList<>();
        limit.problemIfAny().ifPresent(problems::add);
        offset.problemIfAny().ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new Paging(limit.value(), offset.value());
    }
}
