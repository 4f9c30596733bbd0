package ng.korrect.platform.inbox;

import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;

/**
 * The inbox a reader asks for: their own, or another user's for an admin.
 *
 * @param userId the inbox's owner
 */
public record Inbox(String userId) {

    /**
     * The inbox of the user a reader names with {@code ?userId=}: their own when they name nobody (null or blank)
     * or themselves; another's only for an admin.
     *
     * @throws ApiException 403 when a reader other than an admin names another user
     */
    public static Inbox askedBy(Caller reader, String askedUserId) {
        if (askedUserId == null || askedUserId.isBlank() || askedUserId.equals(reader.userId())) {
            return new Inbox(reader.userId());
        }
        if (reader.role() != Role.ADMIN) {
            throw ApiException.forbidden("only an admin reads another user's notifications");
        }
        return new Inbox(askedUserId.strip());
    }
}
