package ng.korrect.artisan.profile;

import io.javalin.http.Context;
import java.util.Optional;
import ng.korrect.service.ApiException;

/**
 * A search of profiles: both filters match case-insensitively on a part of the text.
 *
 * @param service a part of one of the services offered
 * @param location a part of the location
 * @param limit at most this many profiles (1 to 100, default 20)
 * @param offset skip this many first
 */
public record ProfileSearch(Optional<String> service, Optional<String> location, int limit, int offset) {

    /** The search of the request's query parameters {@code service}, {@code location}, {@code limit}, {@code offset}. */
    public static ProfileSearch of(Context ctx) {
        return new ProfileSearch(text(ctx, "service"), text(ctx, "location"),
                number(ctx, "limit", 20, 1, 100), number(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be a whole number between " + min + " and " + max);
    }
}
