package ng.korrect.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The five KorrectNG services: the {@code source} of the events they produce and the name of their consumer group. */
public enum ServiceName {
    /** Accounts, login, email verification. */
    USERS("users", 3001),
    /** Artisan profiles, reviews, verification. */
    ARTISAN("artisan", 3002),
    /** Bookings, payments, escrow, disputes. */
    TRANSACTION("transaction", 3003),
    /** Conversations between customers and artisans. */
    MESSAGING("messaging", 3004),
    /** Notifications for everyone. */
    PLATFORM("platform", 3005);

    private final String wireName;
    private final int defaultPort;

    ServiceName(String wireName, int defaultPort) {
        this.wireName = wireName;
        this.defaultPort = defaultPort;
    }

    /** The name as events and consumer groups carry it, e.g. {@code transaction}. */
    public String wireName() {
        return wireName;
    }

    /** The HTTP port the service listens on by default. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The service of that wire name, if there is one. */
    public static Optional<ServiceName> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
    }
}
