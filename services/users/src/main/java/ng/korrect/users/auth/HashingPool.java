package ng.korrect.users.auth;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import ng.korrect.service.ApiException;

/**
 * Runs password hashing on platform threads of its own, as many as {@link HashingCapacity#threads()}, rather
 * than on the carrier threads of the virtual threads that serve every route (and, in {@code korrect up},
 * every service): bcrypt never blocks, so a flood of sign-ins on virtual threads held the carriers and a
 * booking list went from 3 ms to 5 s. Work beyond the capacity is refused at once, before it starts, with
 * 503 {@code busy} and a {@code Retry-After} of the time the backlog needs. The caller's (virtual) thread
 * waits for the result without holding a carrier. Thread-safe; the threads are daemons that end when idle.
 */
public final class HashingPool {

    private static final long IDLE_SECONDS = 30;

    private final HashingCapacity capacity;
    private final ThreadPoolExecutor threads;
    private final AtomicInteger outstanding = new AtomicInteger();

    /** A pool of that capacity. */
    public HashingPool(HashingCapacity capacity) {
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        AtomicInteger counter = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(capacity.threads(), capacity.threads(), IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), // bounded by the admission below, which counts running and waiting work
                work -> Thread.ofPlatform().daemon().name("users-hashing-" + counter.incrementAndGet()).unstarted(work));
        threads.allowCoreThreadTimeOut(true);
    }

    /** The capacity. */
    public HashingCapacity capacity() {
        return capacity;
    }

    /**
     * The result of that work, run on a hashing thread.
     *
     * @throws ApiException 503 {@code busy} with a {@code Retry-After}, at once, when the pool is full
     */
    public <T> T run(Supplier<T> work) {
        int before = outstanding.getAndUpdate(count -> capacity.admits(count) ? count + 1 : count);
        if (!capacity.admits(before)) {
            throw ApiException.busy("too many sign-ins and registrations at once; try again after the time in Retry-After",
                    capacity.drainTime(before));
        }
        Future<T> result;
        try {
            result = threads.submit(() -> {
                try {
                    return work.get();
                } finally {
                    outstanding.decrementAndGet(); // when the work is done, not when its caller stops waiting
                }
            });
        } catch (RejectedExecutionException e) {
            outstanding.decrementAndGet();
            throw e;
        }
        return await(result);
    }

    /** How many hashes are running or waiting, for tests and metrics. */
    int outstanding() {
        return outstanding.get();
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the hash still runs and then frees its place: cancelling a queued one would not

            throw new IllegalStateException("interrupted while waiting for password hashing", e);
        }
    }
}
