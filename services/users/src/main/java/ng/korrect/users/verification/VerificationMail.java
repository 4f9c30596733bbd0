package ng.korrect.users.verification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.json.JsonValue;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.users.account.Account;
import ng.korrect.users.mail.Mail;
import ng.korrect.users.mail.MailboxDirectory;

/**
 * The mail that carries a verification link. It goes to the address only, through the users service's own
 * {@link ng.korrect.users.mail.MailSender}: never as an event, into an in-app inbox or a log, since whoever
 * reads the link can verify the address. Pure.
 */
public final class VerificationMail {

    /** The path of verification links. */
    public static final String PATH = "/api/v1/auth/verify-email";
    /** The purpose of the notice, in its data: the platform files it under this kind. */
    public static final String PURPOSE = "email_verification";
    /** The subject of the mail. */
    public static final String SUBJECT = "Confirm your email address";
    private static final Pattern LINK = Pattern.compile("https?://\\S+" + Pattern.quote(PATH) + "\\?token=[A-Za-z0-9_-]+");

    private VerificationMail() {
    }

    /** The link that verifies the address: {@code {publicUrl}/api/v1/auth/verify-email?token=...}. */
    public static String link(String publicUrl, String secret) {
        return publicUrl + PATH + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    /** The mail to the account's address with that link, valid until {@code expiresAt}. */
    public static Mail to(Account account, String link, Instant expiresAt) {
        String text = "Hello " + account.firstName() + ",\r\n\r\nplease confirm that " + account.email().value()
                + " is your email address for KorrectNG by opening this link:\r\n\r\n" + link
                + "\r\n\r\nThe link works once and expires at " + expiresAt + ". If you did not register, ignore this mail.\r\n";
        return new Mail(UUID.randomUUID().toString(), account.userId(), account.email().value(), SUBJECT, text);
    }

    /**
     * The in-app notice that a link was mailed, as a {@code notification.send} of type {@code push}: it names the
     * address and when the link expires, never the link. Its data: {@code purpose} = {@value #PURPOSE},
     * {@code email}, {@code expiresAt}.
     */
    public static NotificationSend notice(Account account, Instant expiresAt) {
        Map<String, JsonValue> data = new LinkedHashMap<>();
        data.put("purpose", new JsonString(PURPOSE));
        data.put("email", new JsonString(account.email().value()));
        data.put("expiresAt", new JsonString(expiresAt.toString()));
        return new NotificationSend(account.userId(), NotificationType.PUSH, SUBJECT, "We mailed a link to "
                + account.email().value() + ": open it to confirm the address. It works once and expires at " + expiresAt
                + ".", Optional.of(JsonObject.of(data)));
    }

    /** The verification link in a mail's text, if it has one. */
    public static Optional<String> linkIn(Mail mail) {
        Matcher link = LINK.matcher(mail.text());
        return link.find() ? Optional.of(link.group()) : Optional.empty();
    }

    /**
     * The link of the newest verification mail to that account in a mailbox directory ({@link MailboxDirectory}),
     * as its owner would open it: how the demo and the crash test verify addresses on the embedded platform.
     */
    public static Optional<String> newestIn(Path mailbox, String userId) {
        List<Mail> mails = MailboxDirectory.read(mailbox).stream()
                .filter(mail -> mail.userId().equals(userId) && mail.subject().equals(SUBJECT)).toList();
        return mails.isEmpty() ? Optional.empty() : linkIn(mails.get(mails.size() - 1));
    }
}
