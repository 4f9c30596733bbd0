package ng.korrect.users.mail;

import java.util.Objects;

/**
 * One plain-text mail to one address. Its text may hold a secret (a verification link): it is never
 * logged ({@link #toString} leaves it out), published as an event or shown in an API.
 *
 * @param id the mail's id (a UUID); providers may use it to drop duplicates
 * @param userId the account it is for
 * @param to the address
 * @param subject the subject line
 * @param text the body
 */
public record Mail(String id, String userId, String to, String subject, String text) {

    /** Rejects nulls, and line breaks in the header fields. */
    public Mail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.chars().anyMatch(Mail::isLineBreak) || subject.chars().anyMatch(Mail::isLineBreak)) {
            throw new IllegalArgumentException("a mail's address and subject must be on one line");
        }
    }

    private static boolean isLineBreak(int c) {
        return c == '\r' || c == '\n';
    }

    @Override
    public String toString() {
        return "Mail[id=" + id + ", userId=" + userId + ", subject=" + subject + "]";
    }
}
