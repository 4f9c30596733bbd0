package ng.korrect.bus;

class OutboxOnH2IT extends OutboxContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
