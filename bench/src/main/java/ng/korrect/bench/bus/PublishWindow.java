package ng.korrect.bench.bus;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import ng.korrect.bus.EventPublisher;

/**
 * Publishes events as fast as the publisher takes them, from one thread, with at most a window of
 * publishes in flight ({@code publishAsync} and a {@link Semaphore}); returns when all are confirmed.
 */
final class PublishWindow {

    /** How many publishes one process keeps in flight. */
    static final int DEFAULT_WINDOW = 4096;

    private final EventPublisher publisher;
    private final Bookings bookings;
    private final int window;

    PublishWindow(EventPublisher publisher, Bookings bookings, int window) {
        this.publisher = publisher;
        this.bookings = bookings;
        this.window = window;
    }

    /**
     * Publishes {@code count} events and waits for every confirmation.
     *
     * @return the nanoseconds from the first publish to the last confirmation
     * @throws IllegalStateException when a publish failed
     */
    long publish(long count) throws InterruptedException {
        Semaphore permits = new Semaphore(window);
        AtomicLong failures = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long started = System.nanoTime();
        for (long i = 0; i < count; i++) {
            permits.acquire();
            publisher.publishAsync(bookings.payload(i), bookings.options(i)).whenComplete((receipt, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, failure);
                }
                permits.release();
            });
        }
        if (!permits.tryAcquire(window, 2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("publishes still unconfirmed after 2 minutes");
        }
        long elapsed = System.nanoTime() - started;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " publishes failed", firstFailure.get());
        }
        return elapsed;
    }

    static double perSecond(long count, long nanos) {
        return count * 1e9 / nanos;
    }
}
