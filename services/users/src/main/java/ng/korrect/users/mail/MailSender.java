package ng.korrect.users.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import ng.korrect.bus.policy.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails ({@link MailQueue}), a round at a time: each due mail is claimed (so that another
 * instance does not send it at the same time), handed to the {@link Mailer} and deleted once it is there.
 * A failure is tried again after a doubling wait (1 s up to 5 min); a mail still unsent when it expires is
 * dropped with a warning, since its link would be dead on arrival (the user asks for a new one). Its logs
 * name the mail and the account, never the address or the text. Time comes from the injected clock.
 */
public final class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 50;
    /** How long a claimed attempt holds its mail before another worker may try it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Backoff RETRIES = Backoff.doubling(Duration.ofSeconds(1), Duration.ofMinutes(5));

    private final DataSource dataSource;
    private final MailQueue queue;
    private final Mailer mailer;
    private final Clock clock;

    /** A sender of that database's queue to that mailer; {@link #sendDue} runs one round ({@link ng.korrect.service.Poller}). */
    public MailSender(DataSource dataSource, MailQueue queue, Mailer mailer, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends every mail due now; returns how many were sent. */
    public int sendDue() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Instant now = clock.instant();
            List<MailQueue.Pending> due = queue.due(connection, now, BATCH);
            int sent = 0;
            for (MailQueue.Pending pending : due) {
                if (queue.claim(connection, pending, now.plus(LEASE)) && attempt(connection, pending)) {
                    sent++;
                }
            }
            return sent;
        }
    }

    private boolean attempt(Connection connection, MailQueue.Pending pending) throws SQLException {
        Mail mail = pending.mail();
        if (!clock.instant().isBefore(pending.expiresAt())) {
            queue.delete(connection, mail.id());
            LOG.warn("users: mail {} to account {} expired unsent after {} attempts; dropped", mail.id(), mail.userId(),
                    pending.attempts());
            return false;
        }
        try {
            mailer.send(mail);
            queue.delete(connection, mail.id());
            return true;
        } catch (MailNotSentException e) {
            int attempts = pending.attempts() + 1;
            Duration wait = retryAfter(attempts);
            queue.retryAt(connection, mail.id(), attempts, clock.instant().plus(wait), e.getMessage());
            LOG.info("users: mail {} to account {} not sent (attempt {}), trying again in {}: {}", mail.id(),
                    mail.userId(), attempts, wait, e.getMessage());
            return false;
        }
    }

    /** The wait after {@code attempts} failed attempts: 1 s, doubling, at most 5 min. */
    static Duration retryAfter(int attempts) {
        return RETRIES.after(attempts);
    }
}
