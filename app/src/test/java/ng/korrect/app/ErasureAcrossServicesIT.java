package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import ng.korrect.app.demo.StreamProgress;
import ng.korrect.bus.acl.AclFile;
import ng.korrect.bus.acl.AclPassword;
import ng.korrect.bus.acl.AclUser;
import ng.korrect.embedded.EmbeddedRedis;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's erasure, "All Services: Clean up user-related data": a customer books, pays, reviews,
 * messages and disputes through the five services' APIs, deletes the account, and then every column of
 * every row of every service's database (outboxes included) is read as text: the customer's email, names
 * and message contents appear nowhere, and the financial records remain with their personal fields
 * erased. Runs on the embedded databases, and on PostgreSQL (a throwaway schema per service) when
 * {@code KORRECT_TEST_DATABASE_URL} is set.
 */
class ErasureAcrossServicesIT {

    private static final String ADMIN_PASSWORD = "Erasure-Admin-2026";
    private static final String PASSWORD = "Quite-Long-Password-9";
    private static final String EMAIL = "zenobia.quillfeather@erasure-test.ng";
    private static final String FIRST_NAME = "Zenobiaxq";
    private static final String LAST_NAME = "Quillfeatherz";
    private static final String MESSAGE = "Zenobia's gate code is 4417-QX, come at noon";
    private static final String SECOND_MESSAGE = "Bring the turquoise tiles please";
    private static final String REVIEW_TITLE = "Marvellous plumbing by Okonkwo";
    private static final String REVIEW_TEXT = "He fixed the heater in the blue kitchen on Ajose Street";
    private static final String DISPUTE_REASON = "The tiles cracked within a week of Zenobia moving in";
    private static final String ADDRESS = "14 Ajose Adeogun Crescent, Victoria Island";

    @TempDir
    Path dataDir;

    private final String schemaPrefix = "erasure_" + UUID.randomUUID().toString().substring(0, 8) + "_";

    @AfterEach
    void dropTheSchemas() throws SQLException {
        String url = System.getenv("KORRECT_TEST_DATABASE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (ServiceName name : ServiceName.values()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schemaPrefix + name.wireName() + " CASCADE");
            }
        }
    }

    @Test
    void shouldLeaveNoTraceOfADeletedCustomerInAnyServiceAndKeepTheFinancialRecords() throws SQLException {
        eraseACustomerAndCheck(environment(), platform -> { });
    }

    /**
     * The same story with least privilege on Redis: each service logs in as its own user of the generated ACL
     * ({@code USERS_REDIS_URL}, ...), and Redis refuses none of their commands (its {@code ACL LOG} stays empty).
     */
    @Test
    void shouldEraseTheCustomerEverywhereWithEachServiceLoggedInToRedisAsItsOwnAclUser() throws SQLException {
        try (EmbeddedRedis redis = EmbeddedRedis.start(EmbeddedRedis.Options.ephemeral());
             RedisClient client = RedisClient.create(redis.url());
             StatefulRedisConnection<String, String> admin = client.connect()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    ng.korrect.bus.retention.ServerVersion.fromInfo(admin.sync().info("server")).major() >= 7,
                    "ACL selectors need Redis 7");
            Map<String, String> env = environment();
            env.put("REDIS_URL", redis.url());
            for (ServiceName name : ServiceName.values()) {
                AclUser user = ACL.user(name.wireName());
                CommandArgs<String, String> setUser = new CommandArgs<>(StringCodec.UTF8).add("SETUSER");
                user.setUserArguments().forEach(setUser::add);
                admin.sync().dispatch(CommandType.ACL, new StatusOutput<>(StringCodec.UTF8), setUser);
                env.put(PlatformSettings.redisUrlVariable(name),
                        redis.url().replace("://", "://" + name.wireName() + ":" + aclPassword(name.wireName()) + "@"));
            }

            eraseACustomerAndCheck(env, platform -> assertThat(admin.sync().clientList())
                    .as("the services' connections").contains("user=users ", "user=artisan ", "user=transaction ",
                            "user=messaging ", "user=platform "));

            assertThat(admin.sync().aclLog()).as("commands Redis refused to the services")
                    .noneMatch(entry -> ServiceName.fromWireName(String.valueOf(entry.get("username"))).isPresent());
        }
    }

    private static final AclFile ACL = AclFile.generate(AclFile.userNames().stream()
            .collect(java.util.stream.Collectors.toMap(name -> name, name -> AclPassword.of(aclPassword(name)))),
            AclFile.DefaultUser.OFF);

    private static String aclPassword(String user) {
        return user + "-erasure-password";
    }

    private void eraseACustomerAndCheck(Map<String, String> environment, java.util.function.Consumer<Platform> whileRunning)
            throws SQLException {
        try (Platform platform = Platform.start(PlatformSettings.fromMap(environment), List.of())) {
            Story story = playTheStory(platform);

            ApiResponse deleted = api(platform, ServiceName.USERS).as(story.customerToken()).delete("/api/v1/account/me");
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            awaitEverythingHandled(platform);

            for (ServiceName name : ServiceName.values()) {
                List<String> found = traces(platform.service(name).context().database().dataSource(),
                        List.of(EMAIL, FIRST_NAME, LAST_NAME, MESSAGE, SECOND_MESSAGE));
                assertThat(found).as("what %s still holds of the deleted customer", name.wireName()).isEmpty();
            }
            assertTheFinancialRecordsRemainWithoutPersonalFields(platform, story);
            whileRunning.accept(platform);
        }
    }

    private Story playTheStory(Platform platform) {
        ApiClient users = api(platform, ServiceName.USERS);
        String customerId = register(users, EMAIL, FIRST_NAME, LAST_NAME, "customer");
        register(users, "okonkwo.tiles@erasure-test.ng", "Emeka", "Okonkwo", "artisan");
        String customer = login(users, EMAIL);
        String artisan = login(users, "okonkwo.tiles@erasure-test.ng");
        String admin = login(users, PlatformSettings.DEFAULT_ADMIN_EMAIL, ADMIN_PASSWORD);

        JsonMap profile = created(api(platform, ServiceName.ARTISAN).as(artisan).post("/api/v1/artisans", Map.of(
                "displayName", "Okonkwo Tiling", "servicesOffered", List.of("tiling", "plumbing"), "location", "Lagos")));
        String artisanId = profile.text("userId");
        String profileId = profile.text("profileId");

        ApiClient transaction = api(platform, ServiceName.TRANSACTION);
        String bookingId = created(transaction.as(customer).post("/api/v1/bookings", Map.of("artisanId", artisanId,
                "artisanProfileId", profileId, "service", "tiling", "address", ADDRESS,
                "notes", "Ask for " + FIRST_NAME + " at the gate", "quotedPrice", "45000.00"))).text("bookingId");
        created(transaction.as(customer).post("/api/v1/payments", Map.of("bookingId", bookingId, "amount", "45000.00")));
        ok(transaction.as(customer).post("/api/v1/bookings/" + bookingId + "/confirm", Map.of("finalPrice", "45000.00")));

        ApiClient reviews = api(platform, ServiceName.ARTISAN).as(customer);
        Map<String, Object> review = Map.of("profileId", profileId, "bookingId", bookingId, "rating", 5,
                "title", REVIEW_TITLE, "text", REVIEW_TEXT);
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews.post("/api/v1/reviews", review).status() == 201);

        ApiClient messaging = api(platform, ServiceName.MESSAGING);
        JsonMap conversation = new JsonMap(messaging.as(customer).post("/api/v1/messages/conversations",
                Map.of("participantId", artisanId, "bookingId", bookingId)));
        String conversationId = conversation.text("id");
        created(messaging.as(customer).post("/api/v1/messages/conversations/" + conversationId + "/messages",
                Map.of("body", MESSAGE)));
        created(messaging.as(artisan).post("/api/v1/messages/conversations/" + conversationId + "/messages",
                Map.of("body", "Noted, see you at noon")));
        created(messaging.as(customer).post("/api/v1/messages/conversations/" + conversationId + "/messages",
                Map.of("body", SECOND_MESSAGE)));

        JsonMap contract = created(transaction.as(customer).post("/api/v1/contracts", Map.of("artisanId", artisanId,
                "bookingId", bookingId, "milestones", List.of(Map.of("title", "Bathroom floor", "amount", "60000.00")))));
        String escrowId = contract.response().body().get("escrow").get("escrowId").asText();
        created(transaction.as(customer).post("/api/v1/escrow/" + escrowId + "/fund", Map.of("amount", "60000.00")));
        String disputeId = created(transaction.as(customer).post("/api/v1/disputes", Map.of("escrowId", escrowId,
                "category", "quality", "reason", DISPUTE_REASON))).text("disputeId");

        awaitEverythingHandled(platform);
        assertThat(traces(platform.service(ServiceName.MESSAGING).context().database().dataSource(), List.of(MESSAGE)))
                .as("the scan finds what is there before the deletion").isNotEmpty();
        assertThat(traces(platform.service(ServiceName.PLATFORM).context().database().dataSource(), List.of(FIRST_NAME)))
                .as("the platform named the customer in its notifications").isNotEmpty();
        return new Story(customerId, customer, admin, bookingId, contract.text("contractId"), escrowId, disputeId);
    }

    private void assertTheFinancialRecordsRemainWithoutPersonalFields(Platform platform, Story story) {
        ApiClient transaction = api(platform, ServiceName.TRANSACTION).as(story.adminToken());
        JsonMap booking = new JsonMap(transaction.get("/api/v1/bookings/" + story.bookingId()));
        assertThat(booking.response().status()).isEqualTo(200);
        assertThat(booking.text("status")).isEqualTo("confirmed");
        assertThat(booking.response().body().path("address").isNull()).as(booking.toString()).isTrue();
        assertThat(booking.response().body().path("notes").isNull()).as(booking.toString()).isTrue();

        JsonMap escrow = new JsonMap(transaction.get("/api/v1/escrow/" + story.escrowId()));
        assertThat(escrow.response().body().get("funded").decimalValue()).isEqualByComparingTo("60000.00");
        JsonMap dispute = new JsonMap(transaction.get("/api/v1/disputes/" + story.disputeId()));
        assertThat(dispute.text("status")).isEqualTo("open");
        assertThat(dispute.response().body().path("reason").isNull()).as(dispute.toString()).isTrue();

        DataSource transactionDb = platform.service(ServiceName.TRANSACTION).context().database().dataSource();
        assertThat(count(transactionDb, "SELECT COUNT(*) FROM payments WHERE customer_id = '" + story.customerId() + "'"))
                .as("the payments stay for accounting").isEqualTo(2);
        assertThat(traces(transactionDb, List.of(ADDRESS, DISPUTE_REASON)))
                .as("the booking's address and the dispute's reason, in the tables and the outbox's envelopes").isEmpty();
        assertThat(traces(platform.service(ServiceName.ARTISAN).context().database().dataSource(),
                List.of(REVIEW_TITLE, REVIEW_TEXT))).as("the review stays anonymised").isEmpty();
        assertThat(count(platform.service(ServiceName.ARTISAN).context().database().dataSource(),
                "SELECT COUNT(*) FROM reviews")).as("the review's rating stays").isEqualTo(1);
    }

    /** Until every outbox is drained and every group of every stream has acknowledged every entry. */
    private static void awaitEverythingHandled(Platform platform) {
        try (StreamProgress progress = StreamProgress.connect(platform.redisUrl())) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    platform.ports().keySet().stream().allMatch(name -> count(platform.service(name).context().database()
                            .dataSource(), "SELECT COUNT(*) FROM korrect_outbox WHERE sent_at IS NULL") == 0)
                            && progress.everyGroupCaughtUp());
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        env.put("KORRECT_REDIS_PORT", "0");
        env.put("KORRECT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KORRECT_USERS_BCRYPT_COST", "4");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        String database = System.getenv("KORRECT_TEST_DATABASE_URL");
        if (database != null && !database.isBlank()) {
            env.put("DATABASE_URL", database);
            env.put("KORRECT_SCHEMA_PREFIX", schemaPrefix);
        }
        return env;
    }

    /** Where any of those texts occurs (ignoring case) in any column of any row of the database's tables. */
    static List<String> traces(DataSource dataSource, List<String> texts) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables of schema " + schema).isNotEmpty();
            for (String table : tables) {
                scan(connection, schema + "." + table, texts, found);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void scan(Connection connection, String table, List<String> texts, List<String> found)
            throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    String value = String.valueOf(rows.getString(column)).toLowerCase(Locale.ROOT);
                    for (String text : texts) {
                        if (value.contains(text.toLowerCase(Locale.ROOT))) {
                            found.add(table + "." + rows.getMetaData().getColumnName(column) + " holds \"" + text + "\"");
                        }
                    }
                }
            }
        }
    }

    private static long count(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String register(ApiClient users, String email, String firstName, String lastName, String role) {
        return created(users.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                "firstName", firstName, "lastName", lastName, "role", role))).text("userId");
    }

    private static String login(ApiClient users, String email) {
        return login(users, email, PASSWORD);
    }

    private static String login(ApiClient users, String email, String password) {
        return ok(users.post("/api/v1/auth/login", Map.of("email", email, "password", password))).text("accessToken");
    }

    private static JsonMap created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new JsonMap(response);
    }

    private static JsonMap ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new JsonMap(response);
    }

    private static ApiClient api(Platform platform, ServiceName service) {
        return ApiClient.at("http://127.0.0.1:" + platform.ports().get(service));
    }

    private record JsonMap(ApiResponse response) {
        String text(String field) {
            assertThat(response.body().hasNonNull(field)).as(field + " in " + response).isTrue();
            return response.body().get(field).asText();
        }
    }

    private record Story(String customerId, String customerToken, String adminToken, String bookingId,
                         String contractId, String escrowId, String disputeId) {
    }
}
