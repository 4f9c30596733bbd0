package ng.korrect.app;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Runs a stop action once, on the first Ctrl-C (SIGINT) or SIGTERM, or when the JVM shuts down for
 * another reason. Handling the two signals ourselves, instead of leaving them to the JVM's shutdown,
 * lets the platform stop its services before anything else runs: the JVM runs its shutdown hooks all at
 * once, and the embedded Redis library's own hook would otherwise stop Redis while the services still
 * drain. A signal that the process was started to ignore (a background job's SIGINT) stays ignored.
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final AtomicBoolean started = new AtomicBoolean();
    private final Runnable stop;

    private StopSignals(Runnable stop) {
        this.stop = stop;
    }

    /** Runs {@code stop} once, on the first stop signal or at the JVM's shutdown, whichever comes first. */
    static StopSignals install(Runnable stop) {
        StopSignals signals = new StopSignals(stop);
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> signals.stopInBackground());
            } catch (IllegalArgumentException unavailable) {
                // not on this system, or taken by the JVM: the shutdown hook below still stops
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(signals::stopOnce, "korrect-stop-at-exit"));
        return signals;
    }

    private void stopInBackground() {
        if (!started.get()) {
            Thread.ofPlatform().name("korrect-stop").start(this::stopOnce);
        }
    }

    private void stopOnce() {
        if (started.compareAndSet(false, true)) {
            stop.run();
        }
    }
}
