package ng.korrect.bus;

/** Runs against the machine's PostgreSQL when one answers on 127.0.0.1:5432; skipped otherwise. */
class OutboxOnPostgresIT extends OutboxContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgresOrSkip();
    }
}
