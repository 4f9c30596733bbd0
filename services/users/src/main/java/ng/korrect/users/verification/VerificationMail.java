package ng.korrect.users.verification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.json.JsonValue;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.users.account.Account;

/**
 * The email that carries a verification link, as a {@code notification.send} of type {@code email}
 * for the platform service to deliver. Its {@code data} holds {@value #PURPOSE_KEY} =
 * {@value #PURPOSE}, {@value #LINK_KEY}, {@code email} and {@code expiresAt}, so that a mail template
 * can be built from the data alone. Pure.
 */
public final class VerificationMail {

    /** The path of verification links. */
    public static final String PATH = "/api/v1/auth/verify-email";
    /** The data key of the link. */
    public static final String LINK_KEY = "link";
    /** The data key of the purpose. */
    public static final String PURPOSE_KEY = "purpose";
    /** The purpose of this notification. */
    public static final String PURPOSE = "email_verification";
    /** The title of the email. */
    public static final String TITLE = "Confirm your email address";

    private VerificationMail() {
    }

    /** The link that verifies the address: {@code {publicUrl}/api/v1/auth/verify-email?token=...}. */
    public static String link(String publicUrl, String secret) {
        return publicUrl + PATH + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    /** The notification to the account's owner with that link, valid until {@code expiresAt}. */
    public static NotificationSend to(Account account, String link, Instant expiresAt) {
        String body = "Hello " + account.firstName() + ", please confirm that " + account.email().value()
                + " is your email address for KorrectNG by opening this link: " + link
                + " . The link works once and expires at " + expiresAt + ".";
        Map<String, JsonValue> data = new LinkedHashMap<>();
        data.put(PURPOSE_KEY, new JsonString(PURPOSE));
        data.put(LINK_KEY, new JsonString(link));
        data.put("email", new JsonString(account.email().value()));
        data.put("expiresAt", new JsonString(expiresAt.toString()));
        return new NotificationSend(account.userId(), NotificationType.EMAIL, TITLE, body,
                Optional.of(JsonObject.of(data)));
    }
}
