package ng.korrect.service.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads IPv4 ({@code 203.0.113.7}) and IPv6 ({@code 2001:db8::1}, {@code ::ffff:203.0.113.7}) literals into
 * addresses without ever asking a name service, unlike {@link InetAddress#getByName}, which looks up anything
 * it cannot read as a literal; a header must not make the service resolve names. Pure.
 */
public final class IpLiterals {

    private IpLiterals() {
    }

    /** The address that text spells, or empty when it is not an IP literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        byte[] bytes = text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes)); // an IPv4-mapped IPv6 address comes out as IPv4
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)
                    || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        byte[] front = groups(head, gap < 0);
        byte[] back = groups(tail, true);
        if (front == null || back == null) {
            return null;
        }
        int length = front.length + back.length;
        if (gap < 0 ? length != 16 : length > 14) {
            return null;
        }
        byte[] bytes = new byte[16];
        System.arraycopy(front, 0, bytes, 0, front.length);
        System.arraycopy(back, 0, bytes, 16 - back.length, back.length);
        return bytes;
    }

    /** The bytes of colon-separated hex groups, the last of which may be an IPv4 address when it may end the address. */
    private static byte[] groups(String part, boolean endsTheAddress) {
        if (part.isEmpty()) {
            return new byte[0];
        }
        String[] groups = part.split(":", -1);
        byte[] bytes = new byte[groups.length * 2 + 2];
        int length = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (i == groups.length - 1 && endsTheAddress && group.indexOf('.') >= 0) {
                byte[] v4 = ipv4(group);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, bytes, length, 4);
                length += 4;
            } else {
                if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return null;
                }
                int value = Integer.parseInt(group, 16);
                bytes[length++] = (byte) (value >>> 8);
                bytes[length++] = (byte) value;
            }
        }
        return length > 16 ? null : java.util.Arrays.copyOf(bytes, length);
    }
}
