package ng.korrect.catalog.internal;

import java.util.UUID;

/** Reads UUIDs strictly: 36 characters, hyphens at 8, 13, 18 and 23, hex digits elsewhere. */
final class Uuids {

    private Uuids() {
    }

    /** The UUID, or null when the text is not one in the canonical form. */
    static UUID parse(String text) {
        if (text.length() != 36) {
            return null;
        }
        long high = 0;
        long low = 0;
        int nibbles = 0;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int digit = hexDigit(c);
            if (digit < 0) {
                return null;
            }
            if (nibbles < 16) {
                high = (high << 4) | digit;
            } else {
                low = (low << 4) | digit;
            }
            nibbles++;
        }
        return new UUID(high, low);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
