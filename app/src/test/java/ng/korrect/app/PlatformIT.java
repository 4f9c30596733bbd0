package ng.korrect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldRunEveryServiceOnOneEmbeddedRedisAndKeepTheDataOfTheFirstStart() {
        String registeredId;
        String tokenOfTheFirstStart;
        String adminPassword;
        try (Platform platform = Platform.start(settings(), List.of())) {
            assertThat(platform.ports().keySet()).containsExactlyElementsOf(ServiceCatalog.available());
            assertThat(platform.redisIsEmbedded()).isTrue();
            platform.ports().values().forEach(port -> assertThat(client(port).get("/health/ready").status()).isEqualTo(200));
            adminPassword = platform.createdAdminPassword().orElseThrow();

            ApiResponse registered = client(platform, ServiceName.USERS).post("/api/v1/auth/register", Map.of(
                    "email", "ada@example.ng", "password", "correct horse battery", "firstName", "Ada", "lastName", "Obi",
                    "role", "customer"));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            registeredId = registered.body().get("userId").asText();
            assertThat(createdUserIds(platform.redisUrl())).contains(registeredId);
            tokenOfTheFirstStart = login(platform, "ada@example.ng", "correct horse battery");
        }

        try (Platform again = Platform.start(settings(), List.of())) {
            assertThat(again.createdAdminPassword()).as("the admin of the first start is kept").isEmpty();
            assertThat(login(again, PlatformSettings.DEFAULT_ADMIN_EMAIL, adminPassword)).isNotBlank();
            assertThat(login(again, "ada@example.ng", "correct horse battery")).isNotBlank();
            ApiResponse me = client(again, ServiceName.USERS).as(tokenOfTheFirstStart).get("/api/v1/account/me");
            assertThat(me.status()).as("a token of the first start still holds: the secret was kept").isEqualTo(200);
            assertThat(me.body().get("userId").asText()).isEqualTo(registeredId);
            assertThat(createdUserIds(again.redisUrl())).as("the embedded Redis kept the stream").contains(registeredId);
        }
    }

    @Test
    void shouldRunOneServiceAloneWhenAsked() {
        try (Platform platform = Platform.start(settings(), List.of(ServiceName.MESSAGING))) {
            assertThat(platform.ports().keySet()).containsExactly(ServiceName.MESSAGING);
            assertThat(client(platform, ServiceName.MESSAGING).get("/health/ready").status()).isEqualTo(200);
            assertThat(platform.createdAdminPassword()).isEmpty();
        }
    }

    @Test
    void shouldGiveEachServiceItsOwnSettingsFromThePlatformsVariables() {
        Map<String, String> env = new HashMap<>(environment());
        env.put("MESSAGING_MAX_BODY_LENGTH", "5");
        try (Platform platform = Platform.start(PlatformSettings.fromMap(env), List.of(ServiceName.MESSAGING))) {
            ng.korrect.service.KorrectService messaging = platform.service(ServiceName.MESSAGING);
            String token = ng.korrect.service.TokenIssuer.of(messaging.config())
                    .issue("ada-1", ng.korrect.catalog.payload.Role.CUSTOMER);
            ApiClient ada = client(platform, ServiceName.MESSAGING).as(token);
            String conversation = ada.post("/api/v1/messages/conversations", Map.of("participantId", "bola-2"))
                    .body().get("id").asText();

            ApiResponse tooLong = ada.post("/api/v1/messages/conversations/" + conversation + "/messages",
                    Map.of("body", "sixsix"));

            assertThat(tooLong.status()).as("MESSAGING_MAX_BODY_LENGTH reached the service: " + tooLong).isEqualTo(400);
            assertThat(tooLong.badFields()).containsExactly("body");
        }
    }

    @Test
    void shouldStopWhatStartedWhenAServiceCannotStart() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Map<String, String> env = new HashMap<>(environment());
            env.put("MESSAGING_PORT", Integer.toString(taken.getLocalPort()));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Platform.start(PlatformSettings.fromMap(env), List.of()))
                    .isInstanceOf(Platform.PlatformStartException.class)
                    .hasMessageContaining("messaging").hasMessageContaining("is in use (MESSAGING_PORT sets another)")
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
        try (Platform platform = Platform.start(settings(), List.of())) {
            assertThat(platform.ports()).as("the services of the failed start released the databases").isNotEmpty();
        }
    }

    @Test
    void shouldRefuseASecondPlatformOnTheSameDataDirectory() {
        try (Platform first = Platform.start(settings(), List.of(ServiceName.MESSAGING))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Platform.start(settings(), List.of(ServiceName.MESSAGING)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another korrect up is using")
                    .hasMessageContaining("KORRECT_DATA_DIR");
            assertThat(client(first, ServiceName.MESSAGING).get("/health/ready").status()).isEqualTo(200);
        }
    }

    private PlatformSettings settings() {
        return PlatformSettings.fromMap(environment());
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("KORRECT_DATA_DIR", dataDir.toString());
        env.put("KORRECT_REDIS_PORT", "0");
        for (ServiceName name : ServiceName.values()) {
            env.put(PlatformSettings.portVariable(name), "0");
        }
        return env;
    }

    private static String login(Platform platform, String email, String password) {
        ApiResponse login = client(platform, ServiceName.USERS).post("/api/v1/auth/login",
                Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().get("accessToken").asText();
    }

    private static ApiClient client(Platform platform, ServiceName service) {
        return client(platform.ports().get(service));
    }

    private static ApiClient client(int port) {
        return ApiClient.at("http://127.0.0.1:" + port);
    }

    private static List<String> createdUserIds(String redisUrl) {
        EventCodec codec = EventCodec.create();
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return await().atMost(Duration.ofSeconds(10)).until(() -> connection.sync()
                    .xrange("korrect:events:user.created", Range.create("-", "+")).stream()
                    .map(entry -> ((UserCreated) codec.decode(entry.getBody().get("data")).payload()).userId())
                    .toList(), ids -> ids.size() >= 2);
        } finally {
            client.shutdown();
        }
    }
}
