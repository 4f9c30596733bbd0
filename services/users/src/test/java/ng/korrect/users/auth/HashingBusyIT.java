package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registrations and sign-ins beyond the hashing pool (one thread, two waiting, bcrypt cost 10): refused at
 * once with 503 {@code busy} and a {@code Retry-After}, having written and published nothing.
 */
class HashingBusyIT {

    private static final int BURST = 30;

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture(UsersSettings.defaults().withBcryptCost(10)
            .withHashing(1, OptionalInt.of(2)), MutableClock.startingNow());

    @Test
    void shouldRefuseRegistrationsBeyondTheQueueWith503BusyAndRetryAfterWritingNothing() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            emails.add(TestUsers.uniqueEmail("burst" + i));
        }

        List<ApiResponse> answers = concurrently(emails.stream().map(email -> (java.util.function.Supplier<ApiResponse>)
                () -> USERS.api().post("/api/v1/auth/register", TestUsers.registration(email))).toList());

        List<ApiResponse> created = answers.stream().filter(answer -> answer.status() == 201).toList();
        List<ApiResponse> refused = answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(refused).as("more than one thread and two waiting at once").isNotEmpty();
        assertThat(refused).allSatisfy(HashingBusyIT::assertBusy);
        USERS.awaitOutboxDrained();
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE email LIKE 'burst%'")).as("an account for each 201 only").isEqualTo(created.size());
        assertThat(USERS.events(UserCreated.class).stream().filter(event -> emails.contains(event.payload().email())))
                .as("a user.created for each 201 only").hasSize(created.size());
    }

    @Test
    void shouldRefuseSignInsBeyondTheQueueWith503BusyAndRetryAfter() throws Exception {
        String email = TestUsers.uniqueEmail("popular");
        TestUsers.register(USERS, email);

        List<ApiResponse> answers = concurrently(java.util.stream.IntStream.range(0, BURST)
                .mapToObj(i -> (java.util.function.Supplier<ApiResponse>) () -> USERS.api().post("/api/v1/auth/login",
                        Map.of("email", email, "password", TestUsers.PASSWORD))).toList());

        assertThat(answers).extracting(ApiResponse::status).contains(200, 503).containsOnly(200, 503);
        answers.stream().filter(answer -> answer.status() == 503).forEach(HashingBusyIT::assertBusy);
        assertThat(USERS.api().post("/api/v1/auth/login", Map.of("email", email, "password", TestUsers.PASSWORD)).status())
                .as("admitted again once the burst is done").isEqualTo(200);
    }

    private static void assertBusy(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.errorCode()).isEqualTo("busy");
        long seconds = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(seconds).isBetween(1L, 10L);
        assertThat(answer.body().path("error").path("details").path("retryAfterSeconds").asLong()).isEqualTo(seconds);
    }

    private static List<ApiResponse> concurrently(List<java.util.function.Supplier<ApiResponse>> requests)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<ApiResponse> answers = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (java.util.function.Supplier<ApiResponse> request : requests) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                try {
                    start.await();
                    answers.add(request.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return answers;
    }
}
