package ng.korrect.app.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The steps of the story: a request that must get one of the expected statuses, and waiting for an effect. */
final class StoryStep {

    private final PrintWriter out;

    StoryStep(PrintWriter out) {
        this.out = out;
    }

    /** Prints what the story does next. */
    void say(String text) {
        out.println("* " + text);
        out.flush();
    }

    /** The reply, which must have one of those statuses, else the story stops with a {@link StoryException}. */
    JsonHttp.Reply expect(String what, JsonHttp.Reply reply, int... statuses) {
        if (!hasStatus(reply, statuses)) {
            throw new StoryException(what + ": expected " + Arrays.toString(statuses) + ", got " + reply);
        }
        return reply;
    }

    /** Repeats the request until it gets one of those statuses, for at most that long. */
    JsonHttp.Reply expectEventually(String what, Duration atMost, Supplier<JsonHttp.Reply> request, int... statuses) {
        Instant deadline = Instant.now().plus(atMost);
        JsonHttp.Reply reply = request.get();
        while (!hasStatus(reply, statuses) && Instant.now().isBefore(deadline)) {
            pause();
            reply = request.get();
        }
        return expect(what, reply, statuses);
    }

    /** Whether the condition became true within that time, polled four times a second. */
    static boolean eventually(Duration atMost, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not yet: a service may answer an error while the effect is on its way
            }
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            pause();
        }
    }

    private static boolean hasStatus(JsonHttp.Reply reply, int... statuses) {
        return Arrays.stream(statuses).anyMatch(status -> status == reply.status());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryException("interrupted");
        }
    }

    /** A step of the story did not get the answer it needs to go on. */
    static final class StoryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoryException(String message) {
            super(message);
        }
    }
}
