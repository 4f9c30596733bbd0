package ng.korrect.service.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link Sql} does on every database the kit supports; one subclass per database. */
abstract class SqlContract {

    private static final Instant MOMENT = Instant.parse("2026-03-01T23:30:00.123456Z");

    private Connection connection;

    /** The database under test. */
    abstract JdbcTestDatabase database();

    @BeforeEach
    void createTable() throws SQLException {
        connection = database().connection();
        Sql.update(connection, "CREATE TABLE moments (id VARCHAR(40) PRIMARY KEY, label VARCHAR(40) NOT NULL, "
                + "happened_at TIMESTAMP WITH TIME ZONE)");
    }

    @Test
    void shouldStoreAnInstantAsTheSameMomentInUtc() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label, happened_at) VALUES (?, ?, ?)", "m1", "late", MOMENT);

        assertThat(Sql.first(connection, row -> Sql.instant(row, "happened_at"), "SELECT happened_at FROM moments"))
                .contains(MOMENT);
        assertThat(count("SELECT COUNT(*) FROM moments WHERE happened_at = "
                + "TIMESTAMP WITH TIME ZONE '2026-03-02 00:30:00.123456+01:00'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM moments WHERE happened_at < ?", MOMENT.plusNanos(1_000))).isEqualTo(1);
    }

    @Test
    void shouldStoreAndReadNoInstantAsNull() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label, happened_at) VALUES (?, ?, ?)", "m1", "never", null);

        assertThat(count("SELECT COUNT(*) FROM moments WHERE happened_at IS NULL")).isEqualTo(1);
        assertThat(Sql.list(connection, row -> Optional.ofNullable(Sql.instant(row, "happened_at")),
                "SELECT happened_at FROM moments")).containsExactly(Optional.empty());
    }

    @Test
    void shouldListEveryRowInTheQuerysOrderAndFindTheFirst() throws SQLException {
        for (String id : List.of("b", "c", "a")) {
            Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", id, "label " + id);
        }

        assertThat(Sql.list(connection, row -> row.getString("label"), "SELECT label FROM moments WHERE id <> ? ORDER BY id",
                "c")).containsExactly("label a", "label b");
        assertThat(Sql.first(connection, row -> row.getString(1), "SELECT id FROM moments ORDER BY id DESC")).contains("c");
        assertThat(Sql.first(connection, row -> row.getString(1), "SELECT id FROM moments WHERE id = ?", "z")).isEmpty();
    }

    @Test
    void shouldCountTheRowsAnUpdateChanged() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "a", "old");
        Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "b", "old");

        assertThat(Sql.update(connection, "UPDATE moments SET label = ? WHERE label = ?", "new", "old")).isEqualTo(2);
        assertThat(Sql.update(connection, "DELETE FROM moments WHERE id = ?", "z")).isZero();
    }

    @Test
    void shouldRecogniseAUniqueViolationAndNothingElse() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "a", "first");

        SQLException duplicate = catchThrowableOfType(SQLException.class,
                () -> Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "a", "second"));
        SQLException missingLabel = catchThrowableOfType(SQLException.class,
                () -> Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "b", null));

        assertThat(Sql.isUniqueViolation(duplicate)).isTrue();
        assertThat(Sql.isUniqueViolation(missingLabel)).isFalse();
    }

    @Test
    void shouldRunTheStatementOnceForEachRowOfABatch() throws SQLException {
        int[] changed = Sql.batch(connection, "INSERT INTO moments (id, label, happened_at) VALUES (?, ?, ?)",
                List.of(new Object[] {"a", "first", MOMENT}, new Object[] {"b", "second", null}));

        assertThat(changed).containsExactly(1, 1);
        assertThat(Sql.list(connection, row -> row.getString("label") + " " + Sql.instant(row, "happened_at"),
                "SELECT label, happened_at FROM moments ORDER BY id")).containsExactly("first " + MOMENT, "second null");
        assertThat(Sql.batch(connection, "DELETE FROM moments WHERE id = ?", List.of())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM moments")).isEqualTo(2);
    }

    @Test
    void shouldRecogniseAUniqueViolationInABatch() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "a", "first");

        List<Object[]> rows = List.of(new Object[] {"b", "new"}, new Object[] {"a", "again"});
        SQLException duplicate = catchThrowableOfType(SQLException.class,
                () -> Sql.batch(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", rows));

        assertThat(Sql.isUniqueViolation(duplicate)).isTrue();
    }

    @Test
    void shouldTellWhetherAQueryReturnsAnyRow() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", "a", "first");

        assertThat(Sql.exists(connection, "SELECT 1 FROM moments WHERE id = ?", "a")).isTrue();
        assertThat(Sql.exists(connection, "SELECT 1 FROM moments WHERE id = ?", "z")).isFalse();
    }

    @Test
    void shouldReadACountAndZeroWhenTheQueryReturnsNoRowOrNull() throws SQLException {
        for (String id : List.of("a", "b", "c")) {
            Sql.update(connection, "INSERT INTO moments (id, label) VALUES (?, ?)", id, id.equals("c") ? "other" : "same");
        }

        assertThat(Sql.count(connection, "SELECT COUNT(*) FROM moments WHERE label = ?", "same")).isEqualTo(2);
        assertThat(Sql.count(connection, "SELECT COUNT(*) FROM moments WHERE label = ?", "none")).isZero();
        assertThat(Sql.count(connection, "SELECT 7 FROM moments WHERE id = ?", "z")).isZero();
        assertThat(Sql.count(connection, "SELECT CAST(NULL AS BIGINT) FROM moments WHERE id = ?", "a")).isZero();
    }

    @Test
    void shouldReadAnInstantByColumnIndexAndANullableOneAsOptional() throws SQLException {
        Sql.update(connection, "INSERT INTO moments (id, label, happened_at) VALUES (?, ?, ?)", "a", "late", MOMENT);
        Sql.update(connection, "INSERT INTO moments (id, label, happened_at) VALUES (?, ?, ?)", "b", "never", null);

        assertThat(Sql.list(connection, row -> Sql.instant(row, 2), "SELECT id, happened_at FROM moments ORDER BY id"))
                .containsExactly(MOMENT, null);
        assertThat(Sql.list(connection, row -> Sql.optionalInstant(row, "happened_at"),
                "SELECT happened_at FROM moments ORDER BY id")).containsExactly(Optional.of(MOMENT), Optional.empty());
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Sql.first(connection, row -> row.getLong(1), sql, parameters).orElseThrow();
    }
}
