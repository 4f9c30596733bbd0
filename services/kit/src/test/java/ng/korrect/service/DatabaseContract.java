package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a service's database must do on every database the kit supports; one subclass per database. */
abstract class DatabaseContract {

    private Database database;
    private Transactions transactions;

    /** Opens the database under test. */
    abstract Database open();

    @BeforeEach
    void openDatabase() {
        database = open();
        transactions = new Transactions(database.dataSource(), EnvelopeFactory.of(ServiceName.USERS), EventCodec.create());
    }

    @AfterEach
    void closeDatabase() {
        Correlation.clear();
        database.close();
    }

    @Test
    void shouldRunTheServiceMigrationsAndCreateTheBusTables() throws SQLException {
        assertThat(database.answers()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM notes")).isZero();
        assertThat(count("SELECT COUNT(*) FROM korrect_outbox")).isZero();
        assertThat(count("SELECT COUNT(*) FROM korrect_handled_events")).isZero();
    }

    @Test
    void shouldCommitTheRowAndItsEventTogetherWithTheCorrelationId() throws SQLException {
        Correlation.set("corr-42");

        Event<UserDeleted> event = transactions.inTransaction(tx -> {
            insertNote(tx.connection(), "user-1");
            return tx.publish(new UserDeleted("user-1", "ada@example.ng"));
        });

        assertThat(count("SELECT COUNT(*) FROM notes")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM korrect_outbox")).isEqualTo(1);
        assertThat(event.correlationId()).contains("corr-42");
        assertThat(text("SELECT envelope FROM korrect_outbox")).contains("\"correlationId\":\"corr-42\"")
                .contains(event.id().toString());
    }

    @Test
    void shouldLeaveNeitherRowNorEventWhenTheWorkFails() throws SQLException {
        assertThatThrownBy(() -> transactions.run(tx -> {
            insertNote(tx.connection(), "user-1");
            tx.publish(new UserDeleted("user-1", "ada@example.ng"));
            throw new IllegalStateException("the work failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT COUNT(*) FROM notes")).isZero();
        assertThat(count("SELECT COUNT(*) FROM korrect_outbox")).isZero();
    }

    @Test
    void shouldRollBackTheRowWhenTheEventBreaksTheCatalog() throws SQLException {
        assertThatThrownBy(() -> transactions.run(tx -> {
            insertNote(tx.connection(), "user-1");
            return tx.publish(new UserDeleted("user-1", "not an email"));
        })).isInstanceOf(RuntimeException.class);

        assertThat(count("SELECT COUNT(*) FROM notes")).isZero();
    }

    @Test
    void shouldPublishIntoATransactionThatTheCallerOwns() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            insertNote(connection, "user-2");
            transactions.on(connection).publish(new UserDeleted("user-2", "bo@example.ng"));
            connection.rollback();
            assertThat(count("SELECT COUNT(*) FROM korrect_outbox")).isZero();

            transactions.on(connection).publish(new UserDeleted("user-2", "bo@example.ng"));
            connection.commit();
        }
        assertThat(count("SELECT COUNT(*) FROM korrect_outbox")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notes")).isZero();
    }

    @Test
    void shouldTranslateSqlFailures() {
        assertThatThrownBy(() -> transactions.run(tx -> tx.connection().createStatement().execute("SELECT nope FROM notes")))
                .isInstanceOf(DatabaseException.class);
    }

    Database database() {
        return database;
    }

    private static void insertNote(Connection connection, String owner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notes (id, owner_id, title) VALUES (?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, owner);
            insert.setString(3, "a note");
            insert.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
