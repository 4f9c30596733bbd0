package ng.korrect.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code korrect up}: starts every service of the platform in this process on embedded defaults, or one
 * service alone with {@code --service NAME}, prints where they are, and runs until Ctrl-C, which stops
 * them cleanly. Exit status 2 for a bad setting, 1 when a service cannot start.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start the platform: every service in one process, with an embedded Redis and embedded "
                + "databases under ./data/ unless REDIS_URL / DATABASE_URL say otherwise.",
                "Ports: USERS_PORT, ARTISAN_PORT, TRANSACTION_PORT, MESSAGING_PORT, PLATFORM_PORT "
                        + "(defaults 3001-3005); with --service, PORT.",
                "REDIS_URL: redis://[user:password@]host:port[/db] for one Redis (rediss:// for TLS), or "
                        + "redis-sentinel://[user:password@]sentinel1:26379,sentinel2:26379[/db]#MASTER for the master "
                        + "that Sentinels name, followed to the new one after a failover (rediss-sentinel:// for TLS); "
                        + "user and password are the data nodes'. Redis Cluster is not supported yet.",
                "KORRECT_REDIS_REPLICA_ACKS=N (default 0) makes the outbox mark events sent only once N replicas "
                        + "acknowledged them (WAIT), within KORRECT_REDIS_REPLICA_ACK_TIMEOUT (default PT1S): "
                        + "with Sentinel, no event a service answered for is lost when a replica is promoted."})
final class UpCommand implements Callable<Integer> {

    @Option(names = "--service", paramLabel = "NAME", converter = ServiceNameConverter.class,
            description = "Run only this service (users, artisan, transaction, messaging, platform), "
                    + "for one process per service against a shared Redis and PostgreSQL.")
    private ServiceName service;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Platform platform;
        try {
            PlatformSettings settings = PlatformSettings.fromMap(environment());
            if (service != null && ServiceCatalog.factory(service).isEmpty()) {
                err.println("korrect up: " + service.wireName() + " is not in this build yet; available: "
                        + ServiceCatalog.available().stream().map(ServiceName::wireName).toList());
                return CommandLine.ExitCode.USAGE;
            }
            if (service != null && settings.environment().get("JWT_SECRET") == null) {
                err.println("korrect up: JWT_SECRET is unset; a secret kept in " + settings.jwtSecretFile()
                        + " is used, so services in other processes must share that data directory or JWT_SECRET");
            }
            platform = Platform.start(settings, service == null ? List.of() : List.of(service));
        } catch (ConfigException e) {
            err.println("korrect up: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (RuntimeException e) {
            err.println("korrect up: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        StopSignals.install(() -> {
            out.println("Stopping...");
            out.flush();
            platform.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        });
        PlatformSummary.print(platform, service == null, out);
        stopped.await();
        return CommandLine.ExitCode.OK;
    }

    /** The process's variables; with {@code --service}, {@code PORT} is that service's port. */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (service != null) {
            String port = env.remove("PORT");
            if (port != null && !port.isBlank()) {
                env.put(PlatformSettings.portVariable(service), port);
            }
        }
        return env;
    }

    /** Reads a service by its wire name, listing the valid ones when it is not one. */
    static final class ServiceNameConverter implements CommandLine.ITypeConverter<ServiceName> {
        @Override
        public ServiceName convert(String value) {
            return ServiceName.fromWireName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown service '" + value + "'; one of users, artisan, transaction, messaging, platform"));
        }
    }
}
