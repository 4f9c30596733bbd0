package ng.korrect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The platform's claim on its data directory: one process at a time, because the embedded Redis's
 * append-only file and the embedded database files must not have two writers. The operating system
 * releases the lock when the process dies, so a crash never leaves the directory blocked.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE = ".korrect.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of that directory, creating it when missing.
     *
     * @throws IllegalStateException when another process (or this one) holds it
     */
    static DataDirLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another korrect up is using " + dataDir.toAbsolutePath().normalize()
                        + "; stop it first, or set KORRECT_DATA_DIR to another directory");
            }
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data directory " + dataDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
