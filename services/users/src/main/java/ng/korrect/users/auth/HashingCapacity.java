package ng.korrect.users.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How much password hashing the service takes on at once: {@code threads} hashes running and {@code queue}
 * more waiting; one more is refused. The queue is sized by a wait budget ({@link #forWaitBudget}): a sign-in
 * that would wait longer than about {@link #WAIT_BUDGET} behind the others is better refused at once with a
 * {@code Retry-After} than left to time out. Pure; immutable.
 *
 * @param threads how many hashes run at once, at least 1
 * @param queue how many more may wait for a thread, at least 0
 * @param costOfOneHash how long one hash takes on one thread, as measured at start; positive
 */
public record HashingCapacity(int threads, int queue, Duration costOfOneHash) {

    /** The longest a sign-in should wait for a hashing thread. */
    public static final Duration WAIT_BUDGET = Duration.ofSeconds(2);
    /** The largest queue, whatever the budget gives: bounds memory when a hash costs next to nothing. */
    public static final int MAX_QUEUE = 10_000;
    /** The most hashing threads. */
    public static final int MAX_THREADS = 256;

    /** Rejects values out of range. */
    public HashingCapacity {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        if (queue < 0 || queue > MAX_QUEUE) {
            throw new IllegalArgumentException("queue must be between 0 and " + MAX_QUEUE + ", was " + queue);
        }
        Objects.requireNonNull(costOfOneHash, "costOfOneHash");
        if (costOfOneHash.isNegative() || costOfOneHash.isZero()) {
            throw new IllegalArgumentException("costOfOneHash must be positive, was " + costOfOneHash);
        }
    }

    /**
     * That many threads and the queue they empty within the budget: {@code threads × budget / cost}, at
     * least one waiting per thread and at most {@link #MAX_QUEUE}.
     */
    public static HashingCapacity forWaitBudget(int threads, Duration costOfOneHash, Duration budget) {
        long cost = Math.max(1, costOfOneHash.toNanos());
        long fits = threads * budget.toNanos() / cost;
        int queue = (int) Math.min(MAX_QUEUE, Math.max(threads, fits));
        return new HashingCapacity(threads, queue, costOfOneHash);
    }

    /** Whether one more hash is taken on while that many are running or waiting. */
    public boolean admits(int outstanding) {
        return outstanding < threads + queue;
    }

    /** How long the threads need to finish that many hashes, running or waiting: the wait told to a refused caller. */
    public Duration drainTime(int outstanding) {
        long rounds = (Math.max(outstanding, 1) + threads - 1) / threads;
        return costOfOneHash.multipliedBy(rounds);
    }
}
