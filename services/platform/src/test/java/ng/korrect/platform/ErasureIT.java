package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.platform.delivery.DeliveryRepository;
import ng.korrect.platform.delivery.OutgoingMessage;
import ng.korrect.platform.delivery.RecordingChannel;
import ng.korrect.platform.people.KnownUsers;
import ng.korrect.platform.PlatformTesting.Published;
import ng.korrect.platform.PlatformTesting.TestUser;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code user.deleted}: the user's personal data leaves the platform, once, and does not come back. */
class ErasureIT {

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(Map.of("KORRECT_DELIVERY_POLL_MS", "50")),
                    Clock.systemUTC()));

    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @Test
    void shouldEraseTheUsersNameEmailAndAddressesEverywhereInThePlatform() {
        TestUser ada = platform.user(Role.CUSTOMER, "Adanna", "Okafor");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        activityBetween(ada, musa);

        platform.publishAndAwait(new UserDeleted(ada.userId(), ada.email()), ServiceName.USERS);

        for (String personal : List.of(ada.email(), ada.firstName(), ada.lastName())) {
            assertThat(occurrences(personal)).as("occurrences of " + personal).isZero();
        }
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM known_users WHERE user_id = ?", ada.userId())).isZero();
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM deliveries WHERE user_id = ? AND address IS NOT NULL", ada.userId()))
                .isZero();
        assertThat(PLATFORM.apiAs(ada.userId(), Role.CUSTOMER).get("/api/v1/notifications").status())
                .as("the deleted user's own token").isEqualTo(401);
        assertThat(platform.inboxSeenByAnAdmin(ada.userId())).isNotEmpty().allSatisfy(notification -> {
            assertThat(notification.path("title").asText()).isEqualTo("Removed");
            assertThat(notification.path("data").isNull()).isTrue();
        });
        assertThat(platform.awaitNotification(musa, "booking.created").path("body").asText())
                .startsWith("A former KorrectNG user booked you for \u201CGarden work\u201D.");
        assertThat(platform.awaitNotification(musa, "message.sent").path("title").asText())
                .isEqualTo("New message from a former KorrectNG user");
    }

    @Test
    void shouldChangeNothingWhenTheDeletionIsDeliveredAgainOrTheUserArrivesLate() {
        TestUser ada = platform.user(Role.CUSTOMER, "Adanna", "Okafor");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        activityBetween(ada, musa);
        Published<UserDeleted> deleted = platform.publishAndAwait(new UserDeleted(ada.userId(), ada.email()), ServiceName.USERS);
        List<Map<String, Object>> before = everything();

        platform.awaitHandled(platform.republish(deleted.event(), ServiceName.USERS));
        platform.publishAndAwait(new UserCreated(ada.userId(), ada.email(), ada.firstName(), ada.lastName(), Role.CUSTOMER),
                ServiceName.USERS);

        platform.awaitDeliveriesSettled();
        assertThat(everything()).isEqualTo(before);
        assertThat(occurrences(ada.email())).isZero();
    }

    @Test
    void shouldHandleAMessageToADeletedUserByDeliveringNothingInsteadOfRetryingIt() {
        TestUser ada = platform.user(Role.CUSTOMER, "Adaeze", "Nwosu");
        platform.publishAndAwait(new UserDeleted(ada.userId(), ada.email()), ServiceName.USERS);

        // handled at once: before, it was retried as "not known yet" until it was dead-lettered
        platform.publishAndAwait(new ng.korrect.catalog.payload.NotificationSend(ada.userId(),
                ng.korrect.catalog.payload.NotificationType.EMAIL, "Verify your email", "The link sent too late",
                java.util.Optional.empty()), ServiceName.USERS);

        assertThat(occurrences("The link sent too late")).isZero();
        assertThat(PLATFORM.redis().xlen("korrect:dlq:notification.send")).isZero();
    }

    @Test
    void shouldNotWriteTheNameOfAUserWhoseErasureIsInProgressIntoAnotherUsersNotification() throws Exception {
        TestUser ada = platform.user(Role.CUSTOMER, "Adanna", "Okafor");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        DataSource data = PLATFORM.service().context().database().dataSource();
        KnownUsers users = new KnownUsers();
        Published<BookingCreated> booking;

        try (Connection erasure = data.getConnection()) {
            erasure.setAutoCommit(false);
            assertThat(users.find(erasure, ada.userId())).as("the erasure's first step, which locks her row").isPresent();
            booking = platform.publish(new BookingCreated(PlatformTesting.id("booking"), ada.userId(), musa.userId(),
                    PlatformTesting.id("profile"), "Garden work", "pending"), ServiceName.TRANSACTION);
            Thread.sleep(1_000); // the booking's handler reads her name meanwhile, unless it waits for the erasure
            users.forget(erasure, ada.userId(), Instant.now());
            erasure.commit();
        }
        platform.awaitHandled(booking);

        String body = platform.awaitNotification(musa, "booking.created").path("body").asText();
        assertThat(body).doesNotContain(ada.firstName()).doesNotContain(ada.lastName());
    }

    @Test
    void shouldNotRecordAMessageWhoseAddressAnErasureTookWhileItWasBeingSent() throws Exception {
        DataSource data = PLATFORM.service().context().database().dataSource();
        RecordingChannel channel = new RecordingChannel(NotificationType.EMAIL, data, Clock.systemUTC());
        String erasedUser = PlatformTesting.id("user");
        String erasedDelivery = deliveryRow(data, erasedUser, "leaving@example.ng");

        try (Connection erasure = data.getConnection()) {
            erasure.setAutoCommit(false);
            new DeliveryRepository().eraseAddresses(erasure, erasedUser);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> channel.send(message(erasedDelivery,
                    erasedUser, "leaving@example.ng")));
            Thread.sleep(300);
            assertThat(sending).as("the recording waits for the erasure's transaction").isNotDone();
            erasure.commit();
            sending.get(10, TimeUnit.SECONDS);
        }
        String keptUser = PlatformTesting.id("user");
        String keptDelivery = deliveryRow(data, keptUser, "staying@example.ng");
        channel.send(message(keptDelivery, keptUser, "staying@example.ng"));

        assertThat(PLATFORM.count("SELECT COUNT(*) FROM recorded_messages WHERE delivery_id = ?", erasedDelivery)).isZero();
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM recorded_messages WHERE delivery_id = ? AND address = ?",
                keptDelivery, "staying@example.ng")).isEqualTo(1);
    }

    /**
     * A delivery row for the channel to check, marked delivered so that the worker and the other tests'
     * wait for settled deliveries leave it alone.
     */
    private static String deliveryRow(DataSource data, String userId, String address) throws SQLException {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = data.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO deliveries (id, notification_id, user_id, channel, address, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, ?, 'email', ?, 'delivered', 1, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, userId);
            insert.setString(4, address);
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
        }
        return id;
    }

    private static OutgoingMessage message(String deliveryId, String userId, String address) {
        return new OutgoingMessage(deliveryId, userId, NotificationType.EMAIL, address, "Welcome", "Hello", Optional.empty());
    }

    private void activityBetween(TestUser customer, TestUser artisan) {
        String bookingId = PlatformTesting.id("booking");
        platform.publishAndAwait(new BookingCreated(bookingId, customer.userId(), artisan.userId(), PlatformTesting.id("profile"),
                "Garden work", "pending"), ServiceName.TRANSACTION);
        platform.publishAndAwait(new BookingConfirmed(bookingId, customer.userId(), artisan.userId(), new BigDecimal("15000")),
                ServiceName.TRANSACTION);
        platform.publishAndAwait(new MessageSent(PlatformTesting.id("message"), PlatformTesting.id("conversation"),
                customer.userId(), artisan.userId()), ServiceName.MESSAGING);
        platform.awaitDeliveriesSettled();
    }

    private long occurrences(String text) {
        String like = "%" + text + "%";
        return PLATFORM.count("SELECT COUNT(*) FROM notifications WHERE title LIKE ? OR body LIKE ? OR data LIKE ?", like, like, like)
                + PLATFORM.count("SELECT COUNT(*) FROM deliveries WHERE address LIKE ? OR last_error LIKE ?", like, like)
                + PLATFORM.count("SELECT COUNT(*) FROM recorded_messages WHERE address LIKE ?", like)
                + PLATFORM.count("SELECT COUNT(*) FROM known_users WHERE email LIKE ? OR first_name LIKE ? OR last_name LIKE ?",
                        like, like, like);
    }

    private List<Map<String, Object>> everything() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(PLATFORM.rows("SELECT id, user_id, title, body, data, read_at FROM notifications ORDER BY seq"));
        rows.addAll(PLATFORM.rows("SELECT id, address, status, attempts FROM deliveries ORDER BY id"));
        rows.addAll(PLATFORM.rows("SELECT user_id, email, first_name FROM known_users ORDER BY user_id"));
        rows.addAll(PLATFORM.rows("SELECT delivery_id, address FROM recorded_messages ORDER BY delivery_id"));
        return rows;
    }
}
