package ng.korrect.artisan.profile;

import io.javalin.http.Context;
import java.util.Optional;
import ng.korrect.service.Paging;
import ng.korrect.service.QueryParameters;

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
        Paging paging = Paging.of(ctx);
        return new ProfileSearch(QueryParameters.text(ctx, "service"), QueryParameters.text(ctx, "location"),
                paging.limit(), paging.offset());
    }
}
