package ng.korrect.app.chaos;

import java.util.Map;
import ng.korrect.catalog.ServiceName;

/**
 * Where one start of the platform answers: each service's port and the Redis it uses, as {@code korrect up}
 * printed them. Every restart has new ones.
 *
 * @param ports each service's HTTP port
 * @param redisUrl the Redis the platform uses
 */
public record PlatformAddress(Map<ServiceName, Integer> ports, String redisUrl) {

    public PlatformAddress {
        ports = Map.copyOf(ports);
    }

    /** The base URL of a service. */
    public String url(ServiceName service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalStateException("the platform did not print a port for " + service.wireName());
        }
        return "http://127.0.0.1:" + port;
    }
}
