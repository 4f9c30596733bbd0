package ng.korrect.users.mail;

import java.time.Duration;
import java.util.Objects;
import ng.korrect.service.provider.ProviderClient;
import ng.korrect.service.provider.ProviderEndpoint;
import ng.korrect.service.provider.ProviderFailedException;

/**
 * Mail through the email provider ({@code KORRECT_EMAIL_URL}, {@code KORRECT_EMAIL_KEY}), in the format the
 * platform service's email deliveries use: {@code {"deliveryId","channel":"email","to","title","body"}}.
 * Thread-safe.
 */
public final class ProviderMailer implements Mailer {

    private final ProviderEndpoint endpoint;
    private final ProviderClient provider;

    /** Mail to that provider, each call bounded by the timeout. */
    public ProviderMailer(ProviderEndpoint endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.provider = new ProviderClient("email", endpoint, timeout);
    }

    @Override
    public void send(Mail mail) {
        try {
            provider.post(ProviderClient.message().put("deliveryId", mail.id()).put("channel", "email")
                    .put("to", mail.to()).put("title", mail.subject()).put("body", mail.text()));
        } catch (ProviderFailedException e) {
            throw new MailNotSentException(e.summary(), e); // a provider may echo the mail, link included, in its answer
        }
    }

    @Override
    public String describe() {
        return "the email provider at " + endpoint.url();
    }
}
