package ng.korrect.bus.internal;

import java.time.Duration;
import ng.korrect.bus.policy.Backoff;
import org.slf4j.Logger;

/**
 * Waits between attempts while Redis is unreachable, doubling from 100 ms up to a maximum, and logs
 * once when the trouble starts and once when it ends, not at every attempt.
 */
final class ReconnectBackoff {

    private static final Duration FIRST = Duration.ofMillis(100);

    private final Duration max;
    private final Backoff backoff;
    private final Logger log;
    private final String what;
    private int failures;

    ReconnectBackoff(Duration max, Logger log, String what) {
        this.max = max;
        this.backoff = Backoff.doubling(FIRST, max.compareTo(FIRST) < 0 ? FIRST : max);
        this.log = log;
        this.what = what;
    }

    /** Records a failure and sleeps; false when interrupted. */
    boolean failedAndWait(RuntimeException failure) {
        if (++failures == 1) {
            log.warn("{}: Redis is unreachable ({}); retrying with backoff up to {}", what, failure.toString(), max);
        }
        try {
            Thread.sleep(backoff.after(failures).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Records a success, logging the recovery if there were failures. */
    void succeeded() {
        if (failures > 0) {
            log.info("{}: Redis is reachable again after {} failed attempts", what, failures);
            failures = 0;
        }
    }
}
