package ng.korrect.catalog.internal;

/**
 * Checks bytes against UTF-8 as RFC 3629 defines it: no overlong forms, no encoded surrogates, nothing
 * past U+10FFFF. Jackson's byte parser is more lenient, and {@code JSON.parse} never sees such bytes as
 * the characters they seem to spell. Allocation-free, with a fast path for ASCII.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Whether the bytes are well-formed UTF-8. */
    static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int size = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
            if (size == 0 || i + size > length || !continuations(bytes, i + 1, size - 1)
                    || !secondByteAllowed(lead, bytes[i + 1] & 0xFF)) {
                return false;
            }
            i += size;
        }
        return true;
    }

    /** Whether the bytes start with the UTF-8 byte order mark, which JSON text must not. */
    static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Rules out overlong three- and four-byte forms, surrogates and code points past U+10FFFF. */
    private static boolean secondByteAllowed(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second < 0xA0;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second < 0x90;
            default -> true;
        };
    }
}
