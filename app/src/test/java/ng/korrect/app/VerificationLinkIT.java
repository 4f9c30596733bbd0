package ng.korrect.app;

import static ng.korrect.app.TestPlatforms.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.users.mail.MailboxDirectory;
import ng.korrect.users.verification.VerificationMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registering with an address one does not own must not let one verify it: the link reaches the address's
 * mailbox and nothing else that the registrant, or anyone reading Redis or another service's database, can read.
 */
class VerificationLinkIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldMailTheLinkToTheMailboxAloneAndNeverToTheInboxTheStreamsOrTheDatabases() throws SQLException {
        try (Platform platform = Platform.start(TestPlatforms.onFreePorts(dataDir), List.of())) {
            ApiClient users = client(platform, ServiceName.USERS);
            ApiResponse registered = users.post("/api/v1/auth/register", Map.of("email", "victim@example.ng",
                    "password", "correct horse battery", "firstName", "Mallory", "lastName", "Eve", "role", "customer"));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String userId = registered.body().path("userId").asText();
            String token = users.post("/api/v1/auth/login", Map.of("email", "victim@example.ng",
                    "password", "correct horse battery")).body().path("accessToken").asText();
            ApiClient inbox = client(platform, ServiceName.PLATFORM).as(token);

            String link = await().atMost(Duration.ofSeconds(20)).until(() -> VerificationMail.newestIn(
                    MailboxDirectory.in(dataDir), userId).orElse(""), found -> !found.isEmpty());
            String secret = link.substring(link.indexOf("token=") + "token=".length());
            await().atMost(Duration.ofSeconds(20)).until(() -> inbox.get("/api/v1/notifications").body()
                    .path("total").asInt() >= 1);

            assertThat(inbox.get("/api/v1/notifications?limit=100").body().toString())
                    .as("the registrant's in-app inbox").doesNotContain(secret).doesNotContain("verify-email");
            assertThat(everyStreamEntry(platform.redisUrl())).as("every stream of Redis, dead letters included")
                    .noneMatch(entry -> entry.contains(secret));
            for (ServiceName service : ServiceName.values()) {
                assertThat(textsIn(platform, service)).as("the database of " + service.wireName())
                        .noneMatch(text -> text.contains(secret));
            }
            assertThat(users.get(link.substring(link.indexOf(VerificationMail.PATH))).status())
                    .as("the mailbox's owner verifies").isEqualTo(200);
        }
    }

    private static List<String> everyStreamEntry(String redisUrl) {
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            List<String> entries = new ArrayList<>();
            for (String key : redis.keys("*")) {
                if ("stream".equals(redis.type(key))) {
                    redis.xrange(key, Range.create("-", "+")).forEach(entry -> entries.add(entry.getBody().toString()));
                }
            }
            assertThat(entries).as("the streams were read").isNotEmpty();
            return entries;
        } finally {
            client.shutdown();
        }
    }

    /** Every character column of every table of the service's schema, as text. */
    private static List<String> textsIn(Platform platform, ServiceName service) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = platform.service(service).context().database().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                            texts.add(String.valueOf(rows.getObject(column)));
                        }
                    }
                }
            }
        }
        return texts;
    }
}
