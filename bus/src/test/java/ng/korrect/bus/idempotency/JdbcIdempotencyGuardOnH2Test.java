package ng.korrect.bus.idempotency;

class JdbcIdempotencyGuardOnH2Test extends JdbcIdempotencyGuardContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
