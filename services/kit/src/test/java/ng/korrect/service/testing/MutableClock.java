package ng.korrect.service.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move forward by hand, so that nothing waits for real time. Thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** A clock showing that instant. */
    public MutableClock(Instant now) {
        this.now = now;
    }

    /** A clock showing the present moment, truncated to milliseconds as events carry it. */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
