package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import ng.korrect.service.ApiException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void shouldHashAndCheckOnItsOwnThreads() {
        PasswordHasher hasher = new PasswordHasher(4, 1);

        String hash = hasher.hash("Sturdy-Pass-2026");

        assertThat(hasher.matches("Sturdy-Pass-2026", hash)).isTrue();
        assertThat(hasher.matches("wrong", hash)).isFalse();
        assertThat(hasher.checkAgainstNothing("anything")).isFalse();
    }

    @Test
    void shouldRefuseWhatItsQueueCannotHoldWith503AndARetryAfterInsteadOfWaiting() throws Exception {
        PasswordHasher hasher = new PasswordHasher(13, 1); // about half a second a hash: the flood outlasts the queue
        int flood = 1 + PasswordHasher.QUEUE_PER_THREAD + 6;
        AtomicInteger refused = new AtomicInteger();
        List<ApiException> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < flood; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    hasher.hash("Sturdy-Pass-2026");
                } catch (ApiException e) {
                    refused.incrementAndGet();
                    refusals.add(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join();
        }

        assertThat(refused.get()).as("one hashing and %d waiting at most", PasswordHasher.QUEUE_PER_THREAD)
                .isGreaterThanOrEqualTo(flood - 1 - PasswordHasher.QUEUE_PER_THREAD);
        assertThat(refusals).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("busy");
            assertThat(e.retryAfter()).isPresent();
        });
    }
}
