package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.TestUsers;
import ng.korrect.users.UsersService;
import ng.korrect.users.UsersSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A flood of sign-ins at a real bcrypt cost (9, 30 to 60 ms a check on a busy 2-core machine) while another route of the same
 * service is timed: bcrypt runs on the hashing pool, not on the carrier threads every route needs.
 */
class SignInFloodIT {

    private static final int FLOOD = 200;
    private static final int COST = 9;
    private static final Duration SLOW = Duration.ofMillis(500);

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture(UsersSettings.defaults().withBcryptCost(COST)
            .withHashing(Runtime.getRuntime().availableProcessors(), OptionalInt.of(FLOOD)), MutableClock.startingNow());

    @Test
    void shouldKeepAnsweringOtherRoutesQuicklyWhileTwoHundredSignInsWaitForBcrypt() throws Exception {
        String email = TestUsers.uniqueEmail("flooded");
        String userId = TestUsers.register(USERS, email);
        ApiClient owner = USERS.apiAs(userId, Role.CUSTOMER);
        for (int i = 0; i < 5; i++) {
            assertThat(owner.get("/api/v1/account/me").status()).isEqualTo(200); // warm
        }
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Thread> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            flood.add(Thread.ofPlatform().daemon().start(() -> {
                try {
                    start.await();
                    statuses.add(USERS.api().post("/api/v1/auth/login", Map.of("email", email, "password",
                            TestUsers.PASSWORD)).status());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    statuses.add(-1); // no answer within the client's timeout
                } finally {
                    done.incrementAndGet();
                }
            }));
        }

        start.countDown();
        List<Long> millis = new ArrayList<>();
        long floodStarted = System.nanoTime();
        while (done.get() < FLOOD / 2) { // time the other route while at least half the flood still waits
            long sent = System.nanoTime();
            ApiResponse me = owner.get("/api/v1/account/me");
            millis.add((System.nanoTime() - sent) / 1_000_000);
            assertThat(me.status()).isEqualTo(200);
        }
        long halfFloodMillis = (System.nanoTime() - floodStarted) / 1_000_000;
        for (Thread thread : flood) {
            thread.join();
        }

        List<Long> sorted = millis.stream().sorted().toList();
        long p99 = sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("SignInFloodIT: %d GET /api/v1/account/me during %d ms of the flood: median %d ms, p99 %d ms,"
                + " max %d ms%n", sorted.size(), halfFloodMillis, sorted.get(sorted.size() / 2), p99, sorted.get(sorted.size() - 1));
        assertThat(statuses).as("every sign-in of the flood fits the queue").hasSize(FLOOD).containsOnly(200);
        assertThat(p99).as("p99 of GET /api/v1/account/me in ms during the flood").isLessThan(SLOW.toMillis());
        assertThat(sorted).as("the other route was timed while the flood lasted").hasSizeGreaterThanOrEqualTo(5);
    }
}
