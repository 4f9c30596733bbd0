package ng.korrect.catalog;

/**
 * Settings of an {@link EventCodec}. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param maxEnvelopeBytes the largest envelope, in UTF-8 bytes, that the codec reads or writes
 *     (default {@value #DEFAULT_MAX_ENVELOPE_BYTES})
 */
public record CodecOptions(int maxEnvelopeBytes) {

    /** 64 KiB: far above any catalog event, low enough that a runaway payload cannot flood a stream. */
    public static final int DEFAULT_MAX_ENVELOPE_BYTES = 64 * 1024;

    /** Rejects a limit below 1 KiB, which no catalog event would fit. */
    public CodecOptions {
        if (maxEnvelopeBytes < 1024) {
            throw new IllegalArgumentException("maxEnvelopeBytes must be at least 1024, was " + maxEnvelopeBytes);
        }
    }

    /** The default settings. */
    public static CodecOptions defaults() {
        return new CodecOptions(DEFAULT_MAX_ENVELOPE_BYTES);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CodecOptions}; checks happen in {@link #build()}. */
    public static final class Builder {
        private int maxEnvelopeBytes = DEFAULT_MAX_ENVELOPE_BYTES;

        private Builder() {
        }

        /** The largest envelope in bytes, at least 1024. */
        public Builder maxEnvelopeBytes(int maxEnvelopeBytes) {
            this.maxEnvelopeBytes = maxEnvelopeBytes;
            return this;
        }

        /** The options. */
        public CodecOptions build() {
            return new CodecOptions(maxEnvelopeBytes);
        }
    }
}
