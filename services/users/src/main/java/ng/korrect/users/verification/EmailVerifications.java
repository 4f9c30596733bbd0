package ng.korrect.users.verification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.service.ApiException;
import ng.korrect.service.Transaction;
import ng.korrect.service.Transactions;
import ng.korrect.users.UsersSettings;
import ng.korrect.users.account.Account;
import ng.korrect.users.account.AccountRepository;
import ng.korrect.users.mail.MailQueue;

/**
 * Email verification: issuing a single-use, expiring link (only its hash is stored; an earlier link of
 * the user is void from then on) and queuing the mail that carries it to the address alone
 * ({@link MailQueue}, deleted once sent), and using it, which marks the address verified and publishes
 * {@code user.email_verified} once. A link that is unknown (or void) is a 404, one already used a 409,
 * one expired a 410; none of them writes or publishes anything. Thread-safe.
 */
public final class EmailVerifications {

    private final Transactions transactions;
    private final AccountRepository accounts;
    private final VerificationTokenRepository tokens;
    private final VerificationMailLog mails = new VerificationMailLog();
    private final MailQueue queue;
    private final UsersSettings settings;
    private final Clock clock;

    /** Verifications on those tables, with the settings' lifetime and public address. */
    public EmailVerifications(Transactions transactions, AccountRepository accounts, VerificationTokenRepository tokens,
                              MailQueue queue, UsersSettings settings, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * In the caller's transaction: voids the account's earlier links (and drops their mails if still unsent),
     * stores a new one, queues the mail that carries it and publishes the {@code notification.send} that tells
     * the user, in the app, that a link was mailed (without the link). Returns when the new link expires.
     */
    public Instant issue(Transaction tx, Account account) throws SQLException {
        String secret = VerificationSecret.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.verificationTtl());
        tokens.deleteAllOf(tx.connection(), account.userId());
        tokens.insert(tx.connection(), VerificationSecret.hashOf(secret), account.userId(), now, expiresAt);
        mails.record(tx.connection(), account.userId(), account.email().value(), now);
        queue.deleteAllOf(tx.connection(), account.userId());
        queue.add(tx.connection(), VerificationMail.to(account, VerificationMail.link(settings.publicUrl(), secret), expiresAt),
                now, expiresAt);
        tx.publish(VerificationMail.notice(account, expiresAt));
        return expiresAt;
    }

    /**
     * Sends the signed-in user a fresh link; 404 without an account, 409 when the address is already
     * verified, 429 with the wait when the account or the address had a mail too recently ({@link ResendLimit}).
     */
    public Instant resend(String userId) {
        return transactions.inTransaction(tx -> {
            Account account = accounts.findForUpdate(tx.connection(), userId)
                    .orElseThrow(() -> ApiException.notFound("no account " + userId));
            if (account.emailVerified()) {
                throw ApiException.conflict("the email address is already verified");
            }
            Instant now = clock.instant();
            Optional<Duration> wait = ResendLimit.DEFAULT.waitBeforeNext(mails.sentSince(tx.connection(),
                    account.userId(), account.email().value(), now.minus(ResendLimit.DAY)), now);
            if (wait.isPresent()) {
                throw ApiException.tooManyRequests("a verification mail went to this account or address too recently; "
                        + "at most one a minute and five a day", wait.get());
            }
            return issue(tx, account);
        });
    }

    /** Uses the link's secret: the account it verifies, now verified, with {@code user.email_verified} published. */
    public Account verify(String secret) {
        return transactions.inTransaction(tx -> {
            Connection connection = tx.connection();
            String hash = VerificationSecret.hashOf(secret);
            VerificationTokenRepository.StoredToken token = tokens.findForUpdate(connection, hash)
                    .orElseThrow(() -> ApiException.notFound("this verification link is not known or was replaced by a newer one"));
            Instant now = clock.instant();
            if (token.usedAt().isPresent()) {
                throw ApiException.conflict("this verification link was already used");
            }
            if (token.expiredAt(now)) {
                throw new ApiException(410, "gone", "this verification link expired at " + token.expiresAt()
                        + "; ask for a new one", null);
            }
            Account account = accounts.findForUpdate(connection, token.userId())
                    .orElseThrow(() -> ApiException.notFound("the account of this verification link no longer exists"));
            tokens.markUsed(connection, hash, now);
            if (accounts.markEmailVerified(connection, account.userId(), now)) {
                tx.publish(new UserEmailVerified(account.userId(), account.email().value()));
            }
            return account;
        });
    }
}
