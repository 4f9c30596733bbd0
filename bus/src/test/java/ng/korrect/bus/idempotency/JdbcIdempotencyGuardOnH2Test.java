package ng.korrect.bus.idempotency;

import ng.korrect.bus.TestDatabase;

class JdbcIdempotencyGuardOnH2Test extends JdbcIdempotencyGuardContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
