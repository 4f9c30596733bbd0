package ng.korrect.bus.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import ng.korrect.bus.TestDatabase;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.bus.Delivery;
import ng.korrect.bus.EventHandler;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database the guard supports must do; one subclass per database. */
abstract class JdbcIdempotencyGuardContract {

    private TestDatabase database;
    private JdbcIdempotencyGuard guard;
    private final Event<BookingCreated> event = Event.of(new BookingCreated("b-1", "c-1", "a-1", "p-1", "Tiling", "pending"),
            ServiceName.TRANSACTION);
    private final Delivery first = new Delivery("korrect:events:booking.created", "1-0", "artisan", "one", 1);
    private final Delivery second = new Delivery("korrect:events:booking.created", "1-0", "artisan", "two", 2);

    abstract TestDatabase database();

    @BeforeEach
    void createTables() throws SQLException {
        database = database();
        guard = new JdbcIdempotencyGuard(database.dataSource());
        guard.createTableIfMissing();
        TestDatabase.execute(database.dataSource(), "CREATE TABLE booking_counts (artisan_id VARCHAR(50) PRIMARY KEY, bookings INT NOT NULL)");
        TestDatabase.execute(database.dataSource(), "INSERT INTO booking_counts VALUES ('a-1', 0)");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void shouldApplyTheHandlersWritesOnceWhenTheSameEventIsDeliveredTwice() throws Exception {
        EventHandler<BookingCreated> handler = guard.guard(this::countBooking);

        handler.handle(event, first);
        handler.handle(event, second);

        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void shouldRollBackTheMarkWithTheWritesWhenTheHandlerFailsSoTheRetryApplies() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        EventHandler<BookingCreated> handler = guard.guard((event, delivery, transaction) -> {
            countBooking(event, delivery, transaction);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("failed after writing");
            }
        });

        assertThatThrownBy(() -> handler.handle(event, first)).hasMessage("failed after writing");
        assertThat(bookings()).isZero();
        handler.handle(event, second);

        assertThat(bookings()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void shouldKeepGroupsApart() throws Exception {
        EventHandler<BookingCreated> handler = guard.guard(this::countBooking);

        handler.handle(event, first);
        handler.handle(event, new Delivery(first.stream(), first.entryId(), "platform", "one", 1));

        assertThat(bookings()).isEqualTo(2);
    }

    private void countBooking(Event<BookingCreated> event, Delivery delivery, Connection transaction) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE booking_counts SET bookings = bookings + 1 WHERE artisan_id = ?")) {
            update.setString(1, event.payload().artisanId());
            update.executeUpdate();
        }
    }

    private int bookings() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT bookings FROM booking_counts")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
