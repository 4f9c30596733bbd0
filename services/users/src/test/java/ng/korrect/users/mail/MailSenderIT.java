package ng.korrect.users.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import ng.korrect.service.provider.ProviderEndpoint;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sender on the users service's own table, with the email provider played by a JDK HTTP server. Its
 * clock runs a year ahead of the service's, so that the service's own sender leaves these mails alone.
 */
class MailSenderIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "provider-key";

    private final MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(365))
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    private final MailQueue queue = new MailQueue();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer provider;

    @BeforeEach
    void startProvider() throws IOException, SQLException {
        try (Connection connection = dataSource().getConnection()) {
            connection.createStatement().executeUpdate("DELETE FROM pending_mails");
        }
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/email", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 202;
            if (status == 202) {
                received.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            }
            if (status == 202) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length); // refuses by echoing the mail, as some providers do
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        provider.setExecutor(Executors.newFixedThreadPool(4));
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void shouldTryAgainWithGrowingWaitsAndDeleteTheMailOnceTheProviderTookIt() throws SQLException {
        failuresLeft.set(2);
        Mail mail = queued(clock.instant().plus(Duration.ofHours(1)));
        MailSender sender = sender();

        assertThat(sender.sendDue()).isZero();
        assertThat(attemptsOf(mail)).contains(1);
        assertThat(USERS.rows("SELECT last_error FROM pending_mails WHERE id = ?", mail.id()).get(0).get("last_error"))
                .as("the provider's echo of the mail stays out of the error kept and logged")
                .isEqualTo("email provider answered 503");
        assertThat(sender.sendDue()).as("not due before its wait").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(attemptsOf(mail)).contains(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).as("the second wait is 2 s").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(attemptsOf(mail)).as("deleted once sent").isEmpty();
        assertThat(received).singleElement().satisfies(body -> {
            assertThat(body.path("deliveryId").asText()).isEqualTo(mail.id());
            assertThat(body.path("channel").asText()).isEqualTo("email");
            assertThat(body.path("to").asText()).isEqualTo(mail.to());
            assertThat(body.path("title").asText()).isEqualTo(mail.subject());
            assertThat(body.path("body").asText()).isEqualTo(mail.text());
        });
        assertThat(authorizations).containsExactly("Bearer " + KEY);
    }

    @Test
    void shouldDropAMailThatExpiredUnsent() throws SQLException {
        failuresLeft.set(Integer.MAX_VALUE);
        Mail mail = queued(clock.instant().plus(Duration.ofSeconds(30)));
        MailSender sender = sender();

        sender.sendDue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isZero();

        assertThat(attemptsOf(mail)).isEmpty();
        assertThat(received).isEmpty();
    }

    @Test
    void shouldSendEachMailOnceWhenTwoSendersRunAtTheSameTime() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(queued(clock.instant().plus(Duration.ofHours(1))).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> sender().sendDue());
            Future<Integer> second = pool.submit(() -> sender().sendDue());

            assertThat(first.get() + second.get()).isEqualTo(30);
        } finally {
            pool.shutdown();
        }
        assertThat(received.stream().map(body -> body.path("deliveryId").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private MailSender sender() {
        URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/email");
        return new MailSender(dataSource(), queue, new ProviderMailer(new ProviderEndpoint(url, Optional.of(KEY)),
                Duration.ofSeconds(5)), clock);
    }

    private Mail queued(Instant expiresAt) throws SQLException {
        Mail mail = new Mail(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "ada@example.ng",
                "Confirm your email address", "Hello Ada, http://localhost:3001/api/v1/auth/verify-email?token=abc");
        try (Connection connection = dataSource().getConnection()) {
            queue.add(connection, mail, clock.instant(), expiresAt);
        }
        return mail;
    }

    private Optional<Integer> attemptsOf(Mail mail) {
        return USERS.rows("SELECT attempts FROM pending_mails WHERE id = ?", mail.id()).stream()
                .map(row -> ((Number) row.get("attempts")).intValue()).findFirst();
    }

    private static DataSource dataSource() {
        return USERS.service().context().database().dataSource();
    }
}
