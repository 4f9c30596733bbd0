package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import ng.korrect.service.ApiException;
import org.junit.jupiter.api.Test;

class HashingPoolTest {

    private final HashingPool pool = new HashingPool(new HashingCapacity(1, 2, Duration.ofMillis(400)));

    @Test
    void shouldRunTheWorkOnAPlatformThreadOfItsOwn() {
        Thread caller = Thread.currentThread();

        Thread ranOn = pool.run(Thread::currentThread);

        assertThat(ranOn).isNotSameAs(caller);
        assertThat(ranOn.isVirtual()).isFalse();
        assertThat(ranOn.getName()).startsWith("users-hashing-");
    }

    @Test
    void shouldRefuseWorkBeyondThreadsAndQueueAtOnceWith503BusyAndTheTimeTheBacklogNeeds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // one running, two waiting
            holders.add(Thread.ofVirtual().start(() -> pool.run(() -> awaitQuietly(release))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.outstanding() == 3);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> pool.run(() -> "never run"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("busy");
        assertThat(refused.retryAfter()).as("three rounds of 400 ms, rounded up").contains(Duration.ofSeconds(2));
        assertThat(pool.outstanding()).as("the refused work took no place").isEqualTo(3);

        release.countDown();
        for (Thread holder : holders) {
            holder.join();
        }
        assertThat(pool.outstanding()).isZero();
        assertThat(pool.run(() -> "admitted again")).isEqualTo("admitted again");
    }

    @Test
    void shouldNeverAdmitMoreThanItsCapacityWhenManyCallersRace() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        List<Boolean> admitted = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    admitted.add(pool.run(() -> awaitQuietly(release)));
                } catch (ApiException busy) {
                    admitted.add(false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        start.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> admitted.size() == 47);

        release.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(admitted).hasSize(50);
        assertThat(admitted.stream().filter(ok -> ok).count()).as("one running, two waiting").isEqualTo(3);
    }

    @Test
    void shouldPassTheWorksFailureToItsCaller() {
        IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                () -> pool.run(() -> {
                    throw new IllegalStateException("bad hash");
                }));

        assertThat(failure).hasMessage("bad hash");
        assertThat(pool.outstanding()).isZero();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
