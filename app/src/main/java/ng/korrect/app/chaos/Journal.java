package ng.korrect.app.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * Every request of the workload, in the order the answers (or their absence) came: what it was and whether
 * it was acknowledged (2xx), answered otherwise, or not answered at all. Thread-safe.
 */
final class Journal {

    /** What became of a request. */
    enum Outcome {
        /** Answered 2xx: it happened, and must be found afterwards. */
        ACKNOWLEDGED,
        /** Answered with another status. */
        OTHER_STATUS,
        /** Answered 503 {@code busy} with a {@code Retry-After}: refused before anything happened, and sent again ({@link BackPressure}). */
        BACK_PRESSURE,
        /** No answer (refused, reset, timed out): it may or may not have happened. */
        NO_ANSWER
    }

    /**
     * One request and what became of it.
     *
     * @param actor the actor that sent it
     * @param action what it was meant to do, e.g. {@code register customer a1-c2}
     * @param request method and path
     * @param outcome what became of it
     * @param status the HTTP status, 0 without an answer
     * @param errorCode the error body's {@code error.code}, or empty
     * @param timedOut whether no answer came within the client's timeout (rather than a refused or reset connection)
     * @param startsBefore how many times the platform had been started when the request was sent
     * @param startsAfter how many times the platform had been started when the answer (or its absence) came
     * @param sentNanos {@link System#nanoTime()} when it was sent
     * @param doneNanos {@link System#nanoTime()} when it ended
     */
    record Entry(String actor, String action, String request, Outcome outcome, int status, String errorCode,
                 boolean timedOut, int startsBefore, int startsAfter, long sentNanos, long doneNanos) {

        @Override
        public String toString() {
            return actor + " " + action + " (" + request + "): " + (outcome == Outcome.NO_ANSWER
                    ? "no answer" + (timedOut ? " (timed out)" : "") : status + (errorCode.isEmpty() ? "" : " " + errorCode));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records one request. */
    synchronized void record(Entry entry) {
        entries.add(entry);
        notifyAll();
    }

    /** How many requests are recorded. */
    synchronized int size() {
        return entries.size();
    }

    /** Waits until at least that many requests are recorded, or the time is up; returns the count then. */
    synchronized int awaitSize(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (entries.size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return entries.size();
    }

    /** A copy of every entry so far. */
    synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** How many entries had that outcome. */
    synchronized long count(Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
