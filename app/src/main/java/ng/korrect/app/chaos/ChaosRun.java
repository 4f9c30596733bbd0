package ng.korrect.app.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import ng.korrect.users.mail.MailboxDirectory;

/**
 * One crash-test run: the platform in a child process on a fresh data directory, the workload's actors, the
 * kills at random instants between their requests (the platform's JVM after each round, its Redis once, the
 * database connections once on PostgreSQL), then, once everything is quiet, the checks and the report.
 */
public final class ChaosRun {

    /** The admin's email on the platform under test (the platform's default). */
    private static final String ADMIN_EMAIL = "admin@korrect.local";
    private static final Duration QUIET_LIMIT = Duration.ofSeconds(120);
    private static final Duration ROUND_LIMIT = Duration.ofSeconds(120);
    private static final Duration REDIS_BACK_LIMIT = Duration.ofSeconds(30);

    private final ChaosSettings settings;
    private final PrintWriter out;
    private final Random chaos;
    private final long started = System.nanoTime();
    private final Journal journal = new Journal();
    private final Ledger ledger = new Ledger();
    private final List<AnswerCheck.Window> databaseCuts = new ArrayList<>();
    private final List<Violation> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    private int kills;
    private int redisKills;

    private ChaosRun(ChaosSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
        this.chaos = new Random(settings.seed());
    }

    /** Plays a run and returns its report (printed too). */
    public static ChaosReport play(ChaosSettings settings, PrintWriter out) {
        return new ChaosRun(settings, out).play();
    }

    private ChaosReport play() {
        Path runFolder = createRunFolder();
        Path dataDir = runFolder.resolve("data");
        String suffix = Long.toHexString(chaos.nextLong() & 0xffffffffL);
        String schemaPrefix = "chaos_" + suffix + "_";
        String adminPassword = "Chaos-Admin-" + suffix;
        String webhookSecret = "chaos-webhook-" + suffix;
        out.println("Run folder: " + runFolder + (settings.keep() ? " (kept)" : " (deleted at the end; --keep keeps it)"));
        DatabaseProxy proxy = settings.databaseUrl().map(ChaosRun::proxyFor).orElse(null);
        Map<String, String> env = environment(dataDir, adminPassword, webhookSecret, schemaPrefix, proxy);
        PlatformSupervisor platform = new PlatformSupervisor(env, runFolder);
        try {
            PlatformAddress first = platform.start();
            out.println("Platform up (users at " + first.url(ng.korrect.catalog.ServiceName.USERS) + ", Redis " + first.redisUrl()
                    + "); log in " + runFolder.resolve("up.err"));
            out.flush();
            ChaosHttp http = new ChaosHttp(platform, journal);
            AdminSession admin = new AdminSession(http, ADMIN_EMAIL, adminPassword);
            workload(platform, http, admin, webhookSecret, proxy, dataDir);
            ChaosReport report = verify(platform, http, admin, dataDir, schemaPrefix);
            saveJournal(runFolder.resolve("journal.txt"));
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            platform.close();
            EmbeddedRedisKiller.kill(dataDir);
            if (proxy != null) {
                proxy.close();
            }
            if (!settings.keep()) {
                settings.databaseUrl().ifPresent(url -> dropSchemas(url, schemaPrefix));
                deleteQuietly(runFolder);
            }
        }
    }

    private void workload(PlatformSupervisor platform, ChaosHttp http, AdminSession admin, String webhookSecret,
                          DatabaseProxy proxy, Path dataDir) throws InterruptedException {
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        List<Thread> actors = new ArrayList<>();
        for (int index = 0; index < settings.actors(); index++) {
            String name = "a" + index;
            Actor actor = new Actor(name, settings.seed() * 31 + index, new ActorRequests(name, http, webhookSecret), ledger, admin,
                    keepGoing::get, index == 0, MailboxDirectory.in(dataDir));
            actors.add(Thread.ofVirtual().name("chaos-actor-" + name).start(() -> {
                try {
                    actor.run();
                } catch (RuntimeException e) {
                    synchronized (violations) {
                        violations.add(new Violation("workload", "actor " + name + " playing to the end", "stopped: " + e));
                    }
                }
            }));
        }
        int databaseCutRound = proxy == null ? -1 : 1 + chaos.nextInt(settings.kills());
        for (int round = 1; round <= settings.kills() + 1; round++) {
            int target = journal.size() + settings.requestsPerRound() / 2 + chaos.nextInt(settings.requestsPerRound());
            int midway = (journal.size() + target) / 2;
            if (round == databaseCutRound) {
                awaitRequests(midway);
                cutDatabase(proxy);
            }
            boolean last = round == settings.kills() + 1;
            boolean redisKilled = false;
            if (last) {
                awaitRequests(midway);
                redisKilled = killRedis(dataDir);
            }
            awaitRequests(target);
            if (!last) {
                long before = System.nanoTime();
                platform.killAndRestart();
                kills++;
                out.printf("round %d: killed the platform (SIGKILL) after %d requests, up again in %d ms; %d acknowledged, %d unknown so far%n",
                        round, journal.size(), (System.nanoTime() - before) / 1_000_000, journal.count(Journal.Outcome.ACKNOWLEDGED),
                        journal.count(Journal.Outcome.NO_ANSWER));
                out.flush();
                continue;
            }
            keepGoing.set(false);
            out.printf("round %d: last round done after %d requests; the actors finish their scenarios%n", round, journal.size());
            out.flush();
            joinActors(actors);
            if (redisKilled) {
                awaitRedisBack(platform);
            }
        }
    }

    private void joinActors(List<Thread> actors) throws InterruptedException {
        for (Thread actor : actors) {
            if (!actor.join(Duration.ofMinutes(3))) {
                violations.add(new Violation("workload", "actor " + actor.getName() + " done within 3 minutes of the end", "still running"));
            }
        }
    }

    private void awaitRequests(int count) throws InterruptedException {
        journal.awaitSize(count, ROUND_LIMIT.toMillis());
    }

    private void cutDatabase(DatabaseProxy proxy) throws InterruptedException {
        long from = System.nanoTime();
        proxy.cut();
        long millis = 2_000 + chaos.nextInt(3_000);
        out.printf("  database connections cut for %d ms (requests in flight)%n", millis);
        Thread.sleep(millis);
        proxy.restore();
        databaseCuts.add(new AnswerCheck.Window(from, System.nanoTime()));
    }

    private boolean killRedis(Path dataDir) {
        var pid = EmbeddedRedisKiller.kill(dataDir);
        if (pid.isEmpty()) {
            violations.add(new Violation("redis kill", "an embedded Redis running with its pid in " + dataDir.resolve("redis/redis.pid"),
                    "none"));
            return false;
        }
        redisKills++;
        out.printf("  killed the embedded Redis (SIGKILL, pid %d) with requests in flight%n", pid.get());
        out.flush();
        return true;
    }

    /** After the Redis kill, the platform must bring its Redis back by itself; if not, the harness restarts it. */
    private void awaitRedisBack(PlatformSupervisor platform) throws InterruptedException {
        PlatformAddress address = platform.awaitUp(Duration.ofMinutes(1));
        if (!RedisProbe.answersWithin(address.redisUrl(), REDIS_BACK_LIMIT)) {
            violations.add(new Violation("redis kill", "the platform restarts its embedded Redis within "
                    + REDIS_BACK_LIMIT.toSeconds() + " s of its SIGKILL", "no Redis at " + address.redisUrl() + " "
                    + REDIS_BACK_LIMIT.toSeconds() + " s later; the harness restarts the platform to check the rest"));
            platform.killAndRestart();
            out.println("  the embedded Redis did not come back: platform restarted by the harness");
        } else {
            out.println("  the embedded Redis answers again");
        }
        out.flush();
    }

    private ChaosReport verify(PlatformSupervisor platform, ChaosHttp http, AdminSession admin, Path dataDir, String schemaPrefix)
            throws InterruptedException {
        PlatformAddress address = platform.awaitUp(Duration.ofMinutes(1));
        out.println("Workload done: " + journal.size() + " requests; waiting until every outbox is relayed and every group caught up...");
        out.flush();
        violations.addAll(Quiescence.await(address, QUIET_LIMIT));
        address = platform.awaitUp(Duration.ofMinutes(1));
        WireSnapshot wire = WireSnapshot.read(address.redisUrl());
        AcknowledgedStateCheck state = null;
        ArtisanFiguresCheck figures = null;
        if (http.everyServiceAnswersWithin(Duration.ofSeconds(60))) {
            String adminToken = admin.token();
            state = new AcknowledgedStateCheck(http, adminToken);
            violations.addAll(state.check(ledger));
            figures = new ArtisanFiguresCheck(http, adminToken);
            violations.addAll(figures.check(wire, ledger));
        } else {
            violations.add(new Violation("answers: platform stuck", "every service answering /health at the end",
                    "not within 60 s: the checks through the APIs (acknowledged records, artisan figures) were skipped"));
        }
        platform.outages().forEach(outage -> violations.add(new Violation("answers: platform stuck",
                "every service answering while its process runs", outage)));
        if (!platform.stop()) {
            violations.add(new Violation("stop", "the platform stops within a minute of SIGTERM", "killed after a minute"));
        }
        DatabaseSnapshot databases = readDatabases(dataDir, schemaPrefix);
        ErasedParties erased = new ErasedParties(wire, ledger);
        violations.addAll(new WireCheck().check(wire, databases, ledger, erased));
        ConsumerEffectCheck effects = new ConsumerEffectCheck();
        violations.addAll(effects.check(wire, databases, erased));
        violations.addAll(NothingLeftCheck.check(wire, databases));
        violations.addAll(ArtisanLedgerCheck.check(wire, databases, erased));
        violations.addAll(AnswerCheck.check(journal, databaseCuts));
        long types = wire.events().stream().map(WireSnapshot.WireEvent::type).distinct().count();
        ChaosReport report = new ChaosReport(settings.seed(), kills, redisKills, databaseCuts.size(), journal.size(),
                journal.count(Journal.Outcome.ACKNOWLEDGED), journal.count(Journal.Outcome.OTHER_STATUS),
                journal.count(Journal.Outcome.NO_ANSWER), journal.count(Journal.Outcome.BACK_PRESSURE),
                state == null ? 0 : state.found(), wire.events().size(), (int) types,
                java.util.Arrays.stream(ng.korrect.catalog.EventType.values()).filter(type -> wire.of(type).isEmpty())
                        .map(ng.korrect.catalog.EventType::wireName).toList(),
                databases.outbox().size(), databases.notifications().size(), effects.expected(), figures == null ? 0 : figures.profiles(),
                Duration.ofNanos(System.nanoTime() - started), violations);
        report.print(out);
        return report;
    }

    private void saveJournal(Path file) {
        try {
            Files.write(file, journal.entries().stream().map(Journal.Entry::toString).toList());
        } catch (IOException e) {
            out.println("cannot write the journal to " + file + ": " + e.getMessage());
        }
    }

    private DatabaseSnapshot readDatabases(Path dataDir, String schemaPrefix) {
        try {
            return settings.databaseUrl().isPresent()
                    ? DatabaseSnapshot.readPostgres(settings.databaseUrl().get(), schemaPrefix)
                    : DatabaseSnapshot.readEmbedded(dataDir);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the services' databases: " + e.getMessage(), e);
        }
    }

    private Map<String, String> environment(Path dataDir, String adminPassword, String webhookSecret, String schemaPrefix,
                                            DatabaseProxy proxy) {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        settings.portVariables().forEach(variable -> env.put(variable, "0"));
        env.put("KORRECT_REDIS_PORT", "0");
        env.put("KORRECT_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("KORRECT_ADMIN_PASSWORD", adminPassword);
        env.put("PAYMENT_WEBHOOK_SECRET", webhookSecret);
        env.put("KORRECT_USERS_BCRYPT_COST", "4");
        // every actor and every check signs in from this one address, and the checks sign in as deleted users
        // (a 401 each): past a client's 20 failures its sign-ins would be delayed with 429s for the test itself
        env.put("KORRECT_USERS_LOGIN_MAX_CLIENT_FAILURES", "1000");
        // one name across the restarts, as a stable KORRECT_INSTANCE_ID gives: the restarted process takes the
        // pending entries of the killed one at once, where a name of its own would wait to claim them
        env.put("KORRECT_INSTANCE_ID", "chaos");
        env.put("KORRECT_DISPUTE_ESCALATION_DAYS", "0");
        env.put("KORRECT_DISPUTE_ESCALATION_INTERVAL_SECONDS", "1");
        if (proxy != null) {
            env.put("DATABASE_URL", throughProxy(settings.databaseUrl().orElseThrow(), proxy.port()));
            env.put("KORRECT_SCHEMA_PREFIX", schemaPrefix);
        }
        return env;
    }

    private static DatabaseProxy proxyFor(String databaseUrl) {
        URI uri = URI.create(databaseUrl.substring("jdbc:".length()));
        return DatabaseProxy.start(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    /** The same JDBC URL with host and port replaced by the proxy's. */
    static String throughProxy(String databaseUrl, int proxyPort) {
        return databaseUrl.replaceFirst("^jdbc:postgresql://[^/?]+", "jdbc:postgresql://127.0.0.1:" + proxyPort);
    }

    private Path createRunFolder() {
        try {
            Files.createDirectories(settings.workDirectory());
            return Files.createTempDirectory(settings.workDirectory(), "korrect-chaos-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run's folder in " + settings.workDirectory(), e);
        }
    }

    private static void dropSchemas(String databaseUrl, String schemaPrefix) {
        try {
            DatabaseSnapshot.dropPostgresSchemas(databaseUrl, schemaPrefix);
        } catch (SQLException e) {
            // a schema left behind is named after the run and harmless
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
