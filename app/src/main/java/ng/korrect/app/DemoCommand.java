package ng.korrect.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import ng.korrect.app.demo.DemoEndpoints;
import ng.korrect.app.demo.DemoRun;
import ng.korrect.catalog.ServiceName;
import ng.korrect.users.mail.MailboxDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code korrect demo}: plays a realistic story through the five services' HTTP APIs, printing the event
 * trail and a summary; exit status 0 when all 21 event types and every expected consumer effect were
 * seen, 1 otherwise. Uses the platform that answers at the given URLs, or, when none does, starts its own
 * in a temporary data directory (with disputes escalated at once) and stops it at the end; that platform's
 * log lines go to a file beside the directory, which is kept, so that they do not break up the story.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Play a story through the platform's APIs and show the events and what each consumer did.",
                "Against a running platform (korrect up) it needs the admin's login; otherwise it starts its own."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--users-url", defaultValue = "http://localhost:3001", description = "default: ${DEFAULT-VALUE}")
    private String usersUrl;
    @Option(names = "--artisan-url", defaultValue = "http://localhost:3002", description = "default: ${DEFAULT-VALUE}")
    private String artisanUrl;
    @Option(names = "--transaction-url", defaultValue = "http://localhost:3003", description = "default: ${DEFAULT-VALUE}")
    private String transactionUrl;
    @Option(names = "--messaging-url", defaultValue = "http://localhost:3004", description = "default: ${DEFAULT-VALUE}")
    private String messagingUrl;
    @Option(names = "--platform-url", defaultValue = "http://localhost:3005", description = "default: ${DEFAULT-VALUE}")
    private String platformUrl;
    @Option(names = "--redis-url", defaultValue = "${env:REDIS_URL}",
            description = "the running platform's Redis, for the event trail (default: REDIS_URL, else the embedded "
                    + "Redis that korrect up names in the data directory, else redis://localhost:6379)")
    private String redisUrl;
    @Option(names = "--admin-email", defaultValue = "${env:KORRECT_ADMIN_EMAIL:-" + PlatformSettings.DEFAULT_ADMIN_EMAIL + "}",
            description = "the running platform's admin (default: KORRECT_ADMIN_EMAIL or ${DEFAULT-VALUE})")
    private String adminEmail;
    @Option(names = "--admin-password", defaultValue = "${env:KORRECT_ADMIN_PASSWORD}",
            description = "the running platform's admin password (default: KORRECT_ADMIN_PASSWORD, else the one "
                    + "korrect up generated and kept in the data directory)")
    private String adminPassword;
    @Option(names = "--data-dir", defaultValue = "${env:KORRECT_DATA_DIR:-./data/}",
            description = "the running platform's data directory, where korrect up keeps the admin's generated "
                    + "password (default: KORRECT_DATA_DIR or ${DEFAULT-VALUE})")
    private Path dataDir;
    @Option(names = "--own-platform", description = "start an embedded platform even when one answers")
    private boolean ownPlatform;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!ownPlatform && DemoRun.platformAnswers(runningPlatform(""))) {
            Optional<String> password = Optional.ofNullable(adminPassword).filter(given -> !given.isBlank())
                    .or(this::keptAdminPassword);
            if (password.isEmpty()) {
                spec.commandLine().getErr().println("korrect demo: a platform answers at " + usersUrl
                        + "; give its admin login with --admin-email/--admin-password (or KORRECT_ADMIN_PASSWORD), or "
                        + "--data-dir for the folder where korrect up kept it");
                return CommandLine.ExitCode.USAGE;
            }
            out.println("Playing the demo against the running platform at " + usersUrl + " ...");
            return DemoRun.play(runningPlatform(password.get()), out).exitStatus();
        }
        return withOwnPlatform(out);
    }

    private int withOwnPlatform(PrintWriter out) {
        Path dataDir = temporaryDirectory();
        Path logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        String password = "Demo-Admin-" + Long.toHexString(System.nanoTime());
        out.println("No platform answers at " + usersUrl + ": starting one in " + dataDir
                + " (disputes escalate at once: KORRECT_DISPUTE_ESCALATION_DAYS=0); its log goes to " + logFile);
        out.flush();
        LogFile log = LogFile.redirectTo(logFile);
        try (Platform platform = Platform.start(PlatformSettings.fromMap(ownEnvironment(dataDir, password)), List.of())) {
            DemoEndpoints own = new DemoEndpoints(url(platform, ServiceName.USERS), url(platform, ServiceName.ARTISAN),
                    url(platform, ServiceName.TRANSACTION), url(platform, ServiceName.MESSAGING),
                    url(platform, ServiceName.PLATFORM), platform.redisUrl(), PlatformSettings.DEFAULT_ADMIN_EMAIL,
                    password, MailboxDirectory.in(dataDir));
            return DemoRun.play(own, out).exitStatus();
        } finally {
            log.close();
            deleteQuietly(dataDir);
        }
    }

    private DemoEndpoints runningPlatform(String password) {
        return new DemoEndpoints(usersUrl, artisanUrl, transactionUrl, messagingUrl, platformUrl, runningRedis(),
                adminEmail, password, MailboxDirectory.in(dataDir));
    }

    /** The Redis of the running platform: as given, else the embedded one it named in its data directory. */
    private String runningRedis() {
        if (redisUrl != null && !redisUrl.isBlank()) {
            return redisUrl;
        }
        Path named = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString())).embeddedRedisUrlFile();
        try {
            return Files.exists(named) ? Files.readString(named).strip() : "redis://localhost:" + PlatformSettings.DEFAULT_REDIS_PORT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + named, e);
        }
    }

    /** The admin password that {@code korrect up} generated and kept in the data directory, if any. */
    private Optional<String> keptAdminPassword() {
        Path kept = PlatformSettings.fromMap(Map.of("KORRECT_DATA_DIR", dataDir.toString())).adminPasswordFile();
        try {
            return Files.exists(kept) ? Optional.of(Files.readString(kept).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kept, e);
        }
    }

    /** The embedded platform's settings: free ports, its own Redis and databases, disputes escalated at once. */
    static Map<String, String> ownEnvironment(Path dataDir, String adminPassword) {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        env.put("KORRECT_REDIS_PORT", "0");
        env.put("KORRECT_ADMIN_PASSWORD", adminPassword);
        env.put("KORRECT_DISPUTE_ESCALATION_DAYS", "0");
        env.put("KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "1");
        env.put("KORRECT_USERS_BCRYPT_COST", "10");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        return env;
    }

    private static String url(Platform platform, ServiceName service) {
        return "http://127.0.0.1:" + platform.ports().get(service);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("korrect-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo's data directory", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
