package ng.korrect.catalog.payload;

import java.util.Objects;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.constraint.Describe;
import ng.korrect.catalog.constraint.Identifier;
import ng.korrect.catalog.constraint.Range;

/**
 * The payload of {@code review.created}. Published when a customer submits a review.
 */
public record ReviewCreated(
        @Identifier String reviewId,
        @Identifier String artisanProfileId,
        @Identifier String customerId,
        @Range(min = 1, max = 5) @Describe("Fractions allowed, e.g. 4.5") double rating,
        String title) implements EventPayload {

    /** Rejects null fields. */
    public ReviewCreated {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(artisanProfileId, "artisanProfileId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(title, "title");
    }

    @Override
    public EventType eventType() {
        return EventType.REVIEW_CREATED;
    }
}
