package ng.korrect.users.auth;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.TokenIssuer;
import ng.korrect.service.Transactions;
import ng.korrect.users.account.AccountRepository;

/**
 * Sign-in: an access token for the right email and password. A wrong password and an unknown address
 * get the same 401 with the same message, after the same bcrypt work, so that a login does not tell
 * whether an account exists. Repeated failures are refused with 429 for a while, before any password is
 * checked ({@link LoginThrottle}); a sign-in the hashing pool has no room for is a 503 {@code busy} and does
 * not count as a failure. Thread-safe.
 */
public final class Logins {

    private final Transactions transactions;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    /** Logins on that table, checking with that hasher, issuing with that issuer, slowed by that throttle. */
    public Logins(Transactions transactions, AccountRepository accounts, PasswordHasher hasher, TokenIssuer tokens,
                  LoginThrottle throttle) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /**
     * The session of the user with that email and password, signing in from that client address; a 401
     * otherwise, and a 429 when the throttle refuses the attempt.
     */
    public Session login(String email, String password, String client) {
        LoginThrottle.Attempt attempt = switch (throttle.begin(email, client)) {
            case LoginThrottle.Refused refused -> throw ApiException.tooManyRequests(
                    "too many failed sign-ins; try again after the time in Retry-After", refused.retryAfter());
            case LoginThrottle.Admitted admitted -> admitted.attempt();
        };
        Optional<AccountRepository.Credentials> found = Optional.empty();
        boolean checked = false;
        boolean matches;
        try {
            found = transactions.inTransaction(tx -> accounts.credentials(tx.connection(), email));
            matches = found.map(credentials -> hasher.matches(password, credentials.passwordHash()))
                    .orElseGet(() -> hasher.checkAgainstNothing(password));
            checked = true;
        } finally {
            if (!checked) { // busy hashing pool, database down: no guess was made
                attempt.abandoned();
            }
        }
        if (!matches) {
            attempt.failed();
            throw ApiException.unauthorized("the email address or the password is wrong");
        }
        attempt.succeeded();
        AccountRepository.Credentials credentials = found.orElseThrow();
        String token = tokens.issue(credentials.userId(), credentials.role());
        return new Session(token, credentials.userId(), credentials.role(), expiryOf(token));
    }

    private static Instant expiryOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException e) {
            throw new IllegalStateException("the issuer made a token it cannot read", e);
        }
    }

    /**
     * A signed-in user's access.
     *
     * @param accessToken the bearer token
     * @param userId whose it is
     * @param role their role
     * @param expiresAt when the token stops being accepted
     */
    public record Session(String accessToken, String userId, Role role, Instant expiresAt) {
    }
}
