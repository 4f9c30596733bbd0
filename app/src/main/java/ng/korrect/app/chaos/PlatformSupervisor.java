package ng.korrect.app.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the platform of a run: starts it, kills and restarts it on the same data directory, and tells the
 * actors where it answers now. While it is down (between a kill and the end of the restart), {@link #awaitUp}
 * blocks, so that an actor that got no answer waits for the platform instead of hammering a dead port.
 * Thread-safe.
 */
final class PlatformSupervisor implements AutoCloseable {

    private final Map<String, String> environment;
    private final Path runFolder;
    private final AtomicInteger starts = new AtomicInteger();
    private final List<String> outages = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Held for a whole kill and restart, so that a scheduled kill and a recovery never start two platforms at once. */
    private final java.util.concurrent.locks.ReentrantLock restarting = new java.util.concurrent.locks.ReentrantLock();
    private PlatformProcess current;
    private boolean up;

    PlatformSupervisor(Map<String, String> environment, Path runFolder) {
        this.environment = Map.copyOf(environment);
        this.runFolder = runFolder;
    }

    /** Starts the platform (first start or restart) and returns where it answers. */
    PlatformAddress start() {
        PlatformProcess started = PlatformProcess.start(environment, runFolder.resolve("up.out"), runFolder.resolve("up.err"));
        starts.incrementAndGet();
        synchronized (this) {
            current = started;
            up = true;
            notifyAll();
        }
        return started.address();
    }

    /** SIGKILL of the platform's JVM, then a restart on the same data directory; returns where it answers now. */
    PlatformAddress killAndRestart() {
        restarting.lock();
        try {
            PlatformProcess victim;
            synchronized (this) {
                up = false;
                victim = current;
            }
            victim.kill();
            return start();
        } finally {
            restarting.unlock();
        }
    }

    /** Stops the platform cleanly (SIGTERM); true when it stopped by itself. Actors waiting stay blocked. */
    boolean stop() {
        PlatformProcess running;
        synchronized (this) {
            up = false;
            running = current;
        }
        return running == null || running.stop();
    }

    /**
     * Called when a service has not answered for long while the platform was up since that many starts: the
     * first caller for that start saves a dump of the platform's threads (virtual ones included) in the run's
     * folder, records the outage, and kills and restarts the platform so that the run can go on.
     */
    void recoverIfStuck(int startsWhenItStopped, String what) {
        if (!restarting.tryLock()) {
            return; // a kill and restart is under way
        }
        try {
            PlatformProcess stuck;
            synchronized (this) {
                if (!up || starts.get() != startsWhenItStopped) {
                    return; // restarted meanwhile
                }
                stuck = current;
                up = false;
            }
            Path dump = runFolder.resolve("stuck-" + startsWhenItStopped + "-threads.txt");
            ThreadDump.save(stuck.pid(), dump);
            outages.add(what + " (platform pid " + stuck.pid() + ", start " + startsWhenItStopped + "); thread dump in " + dump);
            stuck.kill();
            start();
        } finally {
            restarting.unlock();
        }
    }

    /** The outages {@link #recoverIfStuck} found, each described. */
    List<String> outages() {
        return List.copyOf(outages);
    }

    /** Where the platform answers, waiting while it restarts, at most that long. */
    synchronized PlatformAddress awaitUp(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!up) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the platform was not back within " + limit);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return current.address();
    }

    /** Where the platform answers now, or null while it is down. */
    synchronized PlatformAddress addressIfUp() {
        return up ? current.address() : null;
    }

    /** How many times the platform was started. */
    int starts() {
        return starts.get();
    }

    @Override
    public void close() {
        PlatformProcess running;
        synchronized (this) {
            running = current;
            up = false;
        }
        if (running != null) {
            running.kill();
        }
    }
}
