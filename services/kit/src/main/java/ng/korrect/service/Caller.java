package ng.korrect.service;

import java.util.Objects;
import ng.korrect.catalog.payload.Role;

/**
 * Who sent a request, as its access token says.
 *
 * @param userId the user's id (the token's subject)
 * @param role the user's role
 */
public record Caller(String userId, Role role) {

    /** Rejects nulls. */
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the caller is that user or an admin; routes use it for "only their own data". */
    public boolean isSelfOrAdmin(String otherUserId) {
        return role == Role.ADMIN || userId.equals(otherUserId);
    }
}
