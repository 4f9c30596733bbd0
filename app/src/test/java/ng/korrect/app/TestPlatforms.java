package ng.korrect.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;

/** What the tests that start a whole {@link Platform} share: settings on free ports and a client per service. */
final class TestPlatforms {

    private TestPlatforms() {
    }

    /** Every service, and the embedded Redis, on a free port, with their data in that directory. */
    static PlatformSettings onFreePorts(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        env.put("KORRECT_REDIS_PORT", "0");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        return PlatformSettings.fromMap(env);
    }

    /** A client of one service of the platform. */
    static ApiClient client(Platform platform, ServiceName service) {
        return ApiClient.at("http://127.0.0.1:" + platform.ports().get(service));
    }
}
