package ng.korrect.bus.idempotency;

import ng.korrect.bus.TestDatabase;

/** Runs against the machine's PostgreSQL when one answers on 127.0.0.1:5432; skipped otherwise. */
class JdbcIdempotencyGuardOnPostgresIT extends JdbcIdempotencyGuardContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgresOrSkip();
    }
}
