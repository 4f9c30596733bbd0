package ng.korrect.platform.text;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import ng.korrect.catalog.payload.NotificationType;

/**
 * A notification to write: its kind, words, urgency, the channels it goes out through besides the
 * in-app inbox, and the users whose names its words carry (so that erasing one of them can scrub it).
 * Immutable.
 *
 * @param kind what it is about, e.g. {@code booking.created}
 * @param title a short title
 * @param body the text
 * @param urgent whether it is an urgent alert
 * @param channels the channels it is delivered through
 * @param mentions the ids of users named in the words
 */
public record Notice(String kind, String title, String body, boolean urgent, Set<NotificationType> channels,
                     Set<String> mentions) {

    /** Rejects nulls and copies the sets. */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        channels = Set.copyOf(channels);
        mentions = Set.copyOf(mentions);
    }

    /** An everyday notice: the inbox and a push. */
    public static Notice standard(String kind, String title, String body) {
        return new Notice(kind, title, body, false, Set.of(NotificationType.PUSH), Set.of());
    }

    /** A notice about money or a dispute: the inbox, a push and an email. */
    public static Notice important(String kind, String title, String body) {
        return new Notice(kind, title, body, false, Set.of(NotificationType.PUSH, NotificationType.EMAIL), Set.of());
    }

    /** An urgent alert: the inbox, a push, an SMS and an email. */
    public static Notice urgent(String kind, String title, String body) {
        return new Notice(kind, title, body, true, EnumSet.allOf(NotificationType.class), Set.of());
    }

    /** A notice through these channels only, besides the inbox. */
    public static Notice through(String kind, String title, String body, NotificationType... channels) {
        return new Notice(kind, title, body, false, Set.of(channels), Set.of());
    }

    /** The same notice, also recording the people whose names it carries. */
    public Notice mentioning(Person... people) {
        Set<String> named = new LinkedHashSet<>(mentions);
        Arrays.stream(people).filter(person -> person.name().isPresent()).forEach(person -> named.add(person.userId()));
        return new Notice(kind, title, body, urgent, channels, named);
    }
}
