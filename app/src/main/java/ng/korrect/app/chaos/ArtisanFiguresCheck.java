package ng.korrect.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.ServiceName;

/**
 * Check (c), Artisan's side: each profile of an artisan that still exists shows figures
 * ({@code GET /api/v1/artisans/{profileId}}) equal to the counts of the events on the wire: bookings told
 * of, bookings confirmed, bookings cancelled by the artisan and never confirmed, and reviews.
 */
final class ArtisanFiguresCheck {

    private final ChaosHttp http;
    private final String adminToken;
    private final List<Violation> violations = new ArrayList<>();
    private int profiles;

    ArtisanFiguresCheck(ChaosHttp http, String adminToken) {
        this.http = http;
        this.adminToken = adminToken;
    }

    /** Runs the check; returns the violations. */
    List<Violation> check(WireSnapshot wire, Ledger ledger) throws InterruptedException {
        for (Ledger.Account artisan : ledger.accounts) {
            if (artisan.profileId == null || artisan.deletion != null) {
                continue;
            }
            String profileId = artisan.profileId;
            Set<String> bookings = ids(wire, EventType.BOOKING_CREATED, e -> profileId.equals(e.field("artisanProfileId")), "bookingId");
            Set<String> confirmed = ids(wire, EventType.BOOKING_CONFIRMED, e -> bookings.contains(e.field("bookingId")), "bookingId");
            Set<String> cancelledByArtisan = ids(wire, EventType.BOOKING_CANCELLED, e -> bookings.contains(e.field("bookingId"))
                    && "artisan".equals(e.field("cancelledBy")) && !confirmed.contains(e.field("bookingId")), "bookingId");
            Set<String> reviews = ids(wire, EventType.REVIEW_CREATED, e -> profileId.equals(e.field("artisanProfileId")), "reviewId");
            Map<String, Integer> expected = Map.of("bookingCount", bookings.size(), "completedJobs", confirmed.size(),
                    "artisanCancellations", cancelledByArtisan.size(), "reviewCount", reviews.size());
            Answer read = http.read(ServiceName.ARTISAN, "GET", "/api/v1/artisans/" + profileId, null, adminToken);
            JsonNode figures = read.body().path("figures");
            profiles++;
            expected.forEach((figure, count) -> {
                if (figures.path(figure).asInt(-1) != count) {
                    violations.add(new Violation("effects: artisan figures", figure + " " + count + " of profile " + profileId
                            + " (from the events on the wire)", read.status() == 200 ? figure + " " + figures.path(figure)
                            : read.toString()));
                }
            });
        }
        return violations;
    }

    /** How many profiles were checked. */
    int profiles() {
        return profiles;
    }

    private static Set<String> ids(WireSnapshot wire, EventType type, Predicate<WireSnapshot.WireEvent> filter, String field) {
        Set<String> ids = new HashSet<>();
        wire.of(type).stream().filter(filter).forEach(e -> ids.add(e.field(field)));
        return ids;
    }
}
