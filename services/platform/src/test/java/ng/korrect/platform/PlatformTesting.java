package ng.korrect.platform;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.bus.PublishReceipt;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ServiceFixture;

/** What the platform's integration tests share: feeding events, waiting for the group, reading inboxes. */
final class PlatformTesting {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String NOTIFICATIONS = "/api/v1/notifications";
    static final String DELIVERIES = "/api/v1/notifications/deliveries";

    private final ServiceFixture<PlatformService> platform;

    PlatformTesting(ServiceFixture<PlatformService> platform) {
        this.platform = platform;
    }

    /**
     * A user as the tests register them.
     *
     * @param userId the id
     * @param email the address
     * @param firstName the first name
     * @param lastName the last name
     * @param role the role
     */
    record TestUser(String userId, String email, String firstName, String lastName, Role role) {
        String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** A fresh id with that prefix. */
    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Publishes {@code user.created} for a new user with those names and waits until the platform handled it. */
    TestUser user(Role role, String firstName, String lastName) {
        String userId = id(role.wireName());
        TestUser user = new TestUser(userId, userId + "@example.ng", firstName, lastName, role);
        publishAndAwait(new UserCreated(userId, user.email(), firstName, lastName, role), ServiceName.USERS);
        return user;
    }

    /** Publishes the event as that service would. */
    <P extends EventPayload> Published<P> publish(P payload, ServiceName source) {
        return republish(Event.of(payload, source), source);
    }

    /** Publishes that very event again (same id), as a redelivery would. */
    <P extends EventPayload> Published<P> republish(Event<P> event, ServiceName source) {
        PublishReceipt receipt = platform.service().context().bus().publisher(source).publish(event);
        return new Published<>(event, receipt);
    }

    /** Publishes the event and waits until the platform group has acknowledged it. */
    <P extends EventPayload> Published<P> publishAndAwait(P payload, ServiceName source) {
        Published<P> published = publish(payload, source);
        awaitHandled(published);
        return published;
    }

    /** Waits until the platform group has read and acknowledged the entry. */
    void awaitHandled(Published<?> published) {
        String stream = published.receipt().type().streamKey();
        String entryId = published.receipt().entryId();
        await().atMost(WAIT).until(() -> delivered(stream, entryId) && platform.redis().xpending(stream, "platform",
                Range.create(entryId, entryId), Limit.from(1)).isEmpty());
    }

    /** The user's inbox, newest first, as the API shows it to the user. */
    List<JsonNode> inbox(String userId, Role role) {
        JsonNode body = platform.apiAs(userId, role).get(NOTIFICATIONS + "?limit=100").body();
        List<JsonNode> notifications = new ArrayList<>();
        body.path("notifications").forEach(notifications::add);
        return notifications;
    }

    /** The user's inbox as an admin reads it ({@code ?userId=}): a deleted user's own token is refused. */
    List<JsonNode> inboxSeenByAnAdmin(String userId) {
        JsonNode body = platform.apiAs("an-admin", Role.ADMIN).get(NOTIFICATIONS + "?limit=100&userId=" + userId).body();
        List<JsonNode> notifications = new ArrayList<>();
        body.path("notifications").forEach(notifications::add);
        return notifications;
    }

    /** Waits until the user's inbox holds a notification of that kind, and returns it. */
    JsonNode awaitNotification(TestUser user, String kind) {
        return awaitNotification(user.userId(), user.role(), kind);
    }

    /** Waits until the user's inbox holds a notification of that kind, and returns it. */
    JsonNode awaitNotification(String userId, Role role, String kind) {
        return await().atMost(WAIT).until(() -> inbox(userId, role).stream()
                .filter(notification -> notification.path("kind").asText().equals(kind)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** The user's notifications of that kind. */
    List<JsonNode> notificationsOf(TestUser user, String kind) {
        return inbox(user.userId(), user.role()).stream()
                .filter(notification -> notification.path("kind").asText().equals(kind)).toList();
    }

    /** The user's deliveries, as an admin sees them. */
    List<JsonNode> deliveries(String userId) {
        JsonNode body = platform.apiAs("admin-reader", Role.ADMIN).get(DELIVERIES + "?limit=100&userId=" + userId).body();
        List<JsonNode> deliveries = new ArrayList<>();
        body.path("deliveries").forEach(deliveries::add);
        return deliveries;
    }

    /** Waits until no delivery is pending any more. */
    void awaitDeliveriesSettled() {
        await().atMost(WAIT).until(() -> platform.count("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'") == 0);
    }

    private boolean delivered(String stream, String entryId) {
        for (Object group : platform.redis().xinfoGroups(stream)) {
            List<?> fields = (List<?>) group;
            Map<String, String> info = new java.util.HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                info.put(String.valueOf(fields.get(i)), String.valueOf(fields.get(i + 1)));
            }
            if ("platform".equals(info.get("name"))) {
                return compare(info.get("last-delivered-id"), entryId) >= 0;
            }
        }
        return false;
    }

    private static int compare(String left, String right) {
        String[] a = left.split("-");
        String[] b = right.split("-");
        int byTime = Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0]));
        return byTime != 0 ? byTime : Long.compare(Long.parseLong(a[1]), Long.parseLong(b[1]));
    }

    /**
     * An event published by a test, and where it landed.
     *
     * @param event the envelope
     * @param receipt the stream entry
     * @param <P> the payload type
     */
    record Published<P extends EventPayload>(Event<P> event, PublishReceipt receipt) {
    }

}
