package ng.korrect.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.MutableClock;
import ng.korrect.service.testing.ServiceFixture;
import ng.korrect.users.mail.Mail;
import ng.korrect.users.mail.MailboxDirectory;
import ng.korrect.users.verification.VerificationMail;

/** What the users service's tests share: the fixture, registration bodies and verification links. */
public final class TestUsers {

    /** The table of queued mails, which the service's mail job empties on its own. */
    private static final String MAIL_QUEUE = "pending_mails";

    /** A password that the policy accepts. */
    public static final String PASSWORD = "Sturdy-Pass-2026";

    private TestUsers() {
    }

    /** A fixture of the service with a fast bcrypt cost and that clock. */
    public static ServiceFixture<UsersService> fixture(MutableClock clock) {
        return ServiceFixture.of(ServiceName.USERS,
                config -> new UsersService(config, UsersSettings.defaults().withBcryptCost(UsersSettings.MIN_COST), clock))
                .withJobTables(MAIL_QUEUE);
    }

    /** A fixture of the service with those settings and that clock. */
    public static ServiceFixture<UsersService> fixture(UsersSettings settings, MutableClock clock) {
        return ServiceFixture.of(ServiceName.USERS, config -> new UsersService(config, settings, clock))
                .withJobTables(MAIL_QUEUE);
    }

    /** A fixture of the service with a fast bcrypt cost and the present time. */
    public static ServiceFixture<UsersService> fixture() {
        return fixture(MutableClock.startingNow());
    }

    /** An address no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.ng";
    }

    /** A valid registration body for that address. */
    public static Map<String, Object> registration(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("firstName", "Adaeze");
        body.put("lastName", "Okafor");
        body.put("role", "customer");
        return body;
    }

    /**
     * Registers a customer with that address and returns the user id once the verification mail is sent, so that
     * the mail sender deleting its queued row does not show as a change in a later snapshot of the tables.
     */
    public static String register(ServiceFixture<UsersService> users, String email) {
        ApiResponse created = users.api().post("/api/v1/auth/register", registration(email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String userId = created.body().path("userId").asText();
        awaitMailSent(users);
        return userId;
    }

    /** Waits until no mail is queued: the sender handed each to the mailbox. */
    public static void awaitMailSent(ServiceFixture<UsersService> users) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> users.count("SELECT COUNT(*) FROM pending_mails") == 0);
    }

    /** Logs in and returns the access token. */
    public static String login(ServiceFixture<UsersService> users, String email, String password) {
        ApiResponse session = users.api().post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        return session.body().path("accessToken").asText();
    }

    /** The link of the newest verification mail of that user, once {@code expectedMails} reached the mailbox. */
    public static String newestVerificationLink(ServiceFixture<UsersService> users, String userId, int expectedMails) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> mailsTo(users, userId).size() >= expectedMails);
        List<Mail> mails = mailsTo(users, userId);
        return linkOf(mails.get(mails.size() - 1));
    }

    /** The mails in the service's mailbox for that user, oldest first. */
    public static List<Mail> mailsTo(ServiceFixture<UsersService> users, String userId) {
        return MailboxDirectory.read(mailbox(users)).stream().filter(mail -> mail.userId().equals(userId)).toList();
    }

    /** The mailbox the service writes to: {@code mailbox} in its data directory. */
    public static java.nio.file.Path mailbox(ServiceFixture<UsersService> users) {
        return MailboxDirectory.in(users.service().config().dataDir());
    }

    /** The verification link in a mail's text. */
    public static String linkOf(Mail mail) {
        return VerificationMail.linkIn(mail).orElseThrow(() -> new AssertionError("no verification link in " + mail.text()));
    }

    /** The path and query of a link, to call on the fixture's port. */
    public static String pathOf(String link) {
        return link.substring(link.indexOf(VerificationMail.PATH));
    }

    /**
     * Waits until the group {@code users} has handled every deletion: its erasure deletes the sent outbox
     * envelopes of the user, {@code user.deleted} included, asynchronously, which a later
     * {@code assertNothingWrittenOrPublishedBy} would otherwise see as a change.
     */
    public static void awaitDeletionsErased(ServiceFixture<UsersService> users) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                users.count("SELECT COUNT(*) FROM korrect_outbox WHERE event_type = 'user.deleted'") == 0);
    }
}
