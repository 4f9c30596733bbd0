package ng.korrect.bus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs against the machine's PostgreSQL when one answers on 127.0.0.1:5432; skipped otherwise. */
class OutboxOnPostgresIT extends OutboxContract {

    @Override
    TestDatabase database() {
        TestDatabase postgres = TestDatabase.postgresOrNull();
        assumeTrue(postgres != null, "no PostgreSQL on 127.0.0.1:5432");
        return postgres;
    }
}
