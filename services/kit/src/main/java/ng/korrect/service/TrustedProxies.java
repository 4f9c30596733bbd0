package ng.korrect.service;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.service.internal.IpLiterals;

/**
 * The proxies (a gateway, a load balancer) whose {@code X-Forwarded-For} a service believes, from
 * {@value #VARIABLE}: IPv4 or IPv6 addresses and CIDR ranges separated by commas or spaces, such as
 * {@code 10.0.0.0/8, fd00::/8, 192.168.1.20}; none by default. A bad entry fails at once with a
 * {@link ConfigException} naming the variable. {@link ClientAddress} resolves a request's client through
 * them. Immutable; thread-safe.
 */
public final class TrustedProxies {

    /** The variable the list is read from. */
    public static final String VARIABLE = "TRUSTED_PROXIES";

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** No proxy is trusted: every request's client is its socket peer. */
    public static TrustedProxies none() {
        return NONE;
    }

    /** The list of {@value #VARIABLE} in that environment; none when unset. */
    public static TrustedProxies fromEnvironment(Environment env) {
        return env.text(VARIABLE).map(TrustedProxies::parse).orElse(NONE);
    }

    /**
     * That list of addresses and CIDR ranges, separated by commas or spaces.
     *
     * @throws ConfigException naming {@value #VARIABLE} when an entry is neither
     */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                ranges.add(range(entry));
            }
        }
        return ranges.isEmpty() ? NONE : new TrustedProxies(ranges);
    }

    /** Whether that address is one of the trusted proxies. */
    public boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether no proxy is trusted. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The address written in that text, only when it is an IPv4 or IPv6 literal (never looked up by name);
     * surrounding blanks and the brackets of {@code [::1]} are ignored.
     */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bare = text.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return IpLiterals.parse(bare);
    }

    @Override
    public String toString() {
        return "TrustedProxies" + ranges;
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            throw new ConfigException(VARIABLE, "must list IP addresses or CIDR ranges, was \"" + entry + "\"");
        }
        int bits = parsed.get().getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new ConfigException(VARIABLE, "has a prefix length out of 0 to " + bits + ": \"" + entry + "\"");
            }
        }
        return new Range(parsed.get().getAddress(), prefix, entry);
    }

    /** An address and the number of leading bits that must match. */
    private record Range(byte[] network, int prefix, String text) {

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
