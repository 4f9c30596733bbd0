package ng.korrect.app.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the demo finds the platform, and the admin it signs in as.
 *
 * @param usersUrl the Users service, e.g. {@code http://localhost:3001}
 * @param artisanUrl the Artisan service
 * @param transactionUrl the Transaction service
 * @param messagingUrl the Messaging service
 * @param platformUrl the Platform service
 * @param redisUrl the Redis whose streams the trail reads
 * @param adminEmail the admin's login
 * @param adminPassword the admin's password
 * @param mailbox the mailbox directory the Users service mails verification links to (its data directory's
 *                {@code mailbox}, when no email provider is configured)
 */
public record DemoEndpoints(String usersUrl, String artisanUrl, String transactionUrl, String messagingUrl,
                            String platformUrl, String redisUrl, String adminEmail, String adminPassword,
                            Path mailbox) {

    /** Rejects nulls. */
    public DemoEndpoints {
        Objects.requireNonNull(usersUrl, "usersUrl");
        Objects.requireNonNull(artisanUrl, "artisanUrl");
        Objects.requireNonNull(transactionUrl, "transactionUrl");
        Objects.requireNonNull(messagingUrl, "messagingUrl");
        Objects.requireNonNull(platformUrl, "platformUrl");
        Objects.requireNonNull(redisUrl, "redisUrl");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(mailbox, "mailbox");
    }
}
