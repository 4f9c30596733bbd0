package ng.korrect.cli.catalog;

import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, split on {@code '\n'} without decoding them, so that any bytes at all
 * make a line; one trailing {@code '\r'} is dropped. The stream is read in chunks, and a line longer
 * than the limit keeps only its length, so memory stays bounded whatever the input.
 */
final class ByteLines {

    /**
     * One line.
     *
     * @param bytes its bytes, without the line end; empty when the line is longer than the limit
     * @param length its length in bytes, without the line end
     */
    record Line(byte[] bytes, long length) {
        /** Whether the line was longer than the limit, so that only its length is known. */
        boolean tooLong() {
            return length > bytes.length;
        }
    }

    private static final int CHUNK_SIZE = 64 * 1024;
    private static final byte[] NO_BYTES = {};

    private final InputStream in;
    private final int maxLineBytes;
    private final Flushable beforeRead;
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int position;
    private int limit;
    private boolean ended;

    private byte[] kept = new byte[1024];
    private int keptCount;
    private long length;
    private byte lastByte;

    /**
     * Lines of that stream.
     *
     * @param maxLineBytes the longest line whose bytes are kept
     * @param beforeRead flushed before each read of the stream, so that output keeps up with interactive input
     */
    ByteLines(InputStream in, int maxLineBytes, Flushable beforeRead) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.beforeRead = beforeRead;
    }

    /** The next line, or null at the end of the stream. A last line without {@code '\n'} still counts. */
    Line next() throws IOException {
        keptCount = 0;
        length = 0;
        lastByte = 0;
        if (position == limit && !fill()) {
            return null;
        }
        while (true) {
            int newline = indexOfNewline();
            keep(position, newline < 0 ? limit : newline);
            if (newline >= 0) {
                position = newline + 1;
                return finish();
            }
            position = limit;
            if (!fill()) {
                return finish();
            }
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        beforeRead.flush();
        int count = in.read(chunk);
        if (count < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void keep(int from, int to) {
        if (to == from) {
            return;
        }
        length += to - from;
        lastByte = chunk[to - 1];
        int count = Math.min(to - from, maxLineBytes + 1 - keptCount);
        if (count > 0) {
            if (keptCount + count > kept.length) {
                kept = Arrays.copyOf(kept, Math.min(maxLineBytes + 1, Math.max(keptCount + count, kept.length * 2)));
            }
            System.arraycopy(chunk, from, kept, keptCount, count);
            keptCount += count;
        }
    }

    private Line finish() {
        long lineLength = lastByte == '\r' ? length - 1 : length;
        if (lineLength > maxLineBytes) {
            return new Line(NO_BYTES, lineLength);
        }
        return new Line(Arrays.copyOf(kept, (int) lineLength), lineLength);
    }
}
