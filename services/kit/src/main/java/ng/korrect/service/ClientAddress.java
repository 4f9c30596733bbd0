package ng.korrect.service;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client a request comes from, for limits kept per client (failed sign-ins). It is the
 * socket peer, unless the peer is a {@link TrustedProxies trusted proxy}: then it is the right-most address
 * of {@code X-Forwarded-For} that is not itself a trusted proxy, since each proxy appends the peer it saw and
 * only what trusted proxies wrote can be believed; everything left of it may be made up by the client. When
 * every address there is a trusted proxy, the left-most is taken; when the walk meets an entry that is not an
 * IP address, or there is no header, the last trusted hop is. An untrusted peer's {@code X-Forwarded-For} is
 * ignored. Addresses come out in Java's canonical text ({@code 0:0:0:0:0:0:0:1} for {@code ::1}). Pure.
 *
 * <pre>{@code
 * String client = ClientAddress.of(ctx, trustedProxies);
 * }</pre>
 */
public final class ClientAddress {

    /** The header proxies append the peer they saw to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    /** The client of that request. */
    public static String of(Context ctx, TrustedProxies proxies) {
        return resolve(ctx.ip(), ctx.req().getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(ctx.req().getHeaders(FORWARDED_FOR)), proxies);
    }

    /**
     * The client, given the socket peer and the values of every {@code X-Forwarded-For} header in the order
     * received (each a comma-separated list).
     */
    public static String resolve(String peer, List<String> forwardedFor, TrustedProxies proxies) {
        Optional<InetAddress> hop = TrustedProxies.literal(peer);
        if (hop.isEmpty() || !proxies.trusts(hop.get())) {
            return hop.map(InetAddress::getHostAddress).orElse(peer);
        }
        List<String> chain = forwardedFor.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        InetAddress trusted = hop.get();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> entry = TrustedProxies.literal(chain.get(i));
            if (entry.isEmpty()) {
                return trusted.getHostAddress();
            }
            if (!proxies.trusts(entry.get())) {
                return entry.get().getHostAddress();
            }
            trusted = entry.get();
        }
        return trusted.getHostAddress();
    }
}
