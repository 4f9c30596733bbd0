package ng.korrect.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.mail.Mail;
import ng.korrect.users.mail.MailboxDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the users service on one PostgreSQL schema and one Redis, as two processes run them: started
 * at once with different admin emails they create one admin, and their two mail senders, working one queue, send
 * each verification mail once.
 */
class SeveralInstancesIT {

    @RegisterExtension
    static final ServiceFixture<UsersService> USERS = TestUsers.fixture();
    private static UsersService second;

    /** The second instance, started once for the class. */
    private static synchronized UsersService second() {
        if (second == null) {
            second = USERS.startAnotherInstance();
        }
        return second;
    }

    @Test
    void shouldCreateOneAdminWhenTwoInstancesEnsureOneAtOnceWithDifferentEmails() throws Exception {
        UsersService second = second();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Boolean>> starts = List.of(
                () -> {
                    together.await();
                    return USERS.service().ensureAdmin("first.admin@korrect.local", "Operator-Chosen-42");
                },
                () -> {
                    together.await();
                    return second.ensureAdmin("second.admin@korrect.local", "Operator-Chosen-43");
                });
        List<Boolean> created = new ArrayList<>();
        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Boolean> start : both.invokeAll(starts)) {
                created.add(start.get());
            }
        }
        USERS.awaitOutboxDrained();

        assertThat(created).as("which instance created the admin").containsExactlyInAnyOrder(true, false);
        assertThat(USERS.count("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")).isEqualTo(1);
        assertThat(USERS.events(ng.korrect.catalog.payload.UserCreated.class).stream()
                .filter(event -> event.payload().role() == ng.korrect.catalog.payload.Role.ADMIN)).hasSize(1);
    }

    @Test
    void shouldSendEachVerificationMailOnceWhenTwoInstancesWorkTheQueue() {
        UsersService second = second();
        List<String> userIds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var api = i % 2 == 0 ? USERS.api() : USERS.api(second);
            ApiResponse created = api.post("/api/v1/auth/register", TestUsers.registration(TestUsers.uniqueEmail("mail" + i)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            userIds.add(created.body().path("userId").asText());
        }
        TestUsers.awaitMailSent(USERS);

        Map<String, Long> mails = Stream.concat(MailboxDirectory.read(TestUsers.mailbox(USERS)).stream(),
                        MailboxDirectory.read(MailboxDirectory.in(second.config().dataDir())).stream())
                .map(Mail::userId).filter(userIds::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mails).as("mails per user, over both instances' mailboxes")
                .isEqualTo(userIds.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
    }
}
