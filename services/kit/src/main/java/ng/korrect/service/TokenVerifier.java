package ng.korrect.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import ng.korrect.catalog.payload.Role;

/**
 * Checks access tokens issued by a {@link TokenIssuer} with the same secret: only HS256, a valid
 * signature, the issuer {@value TokenIssuer#ISSUER}, not expired by the verifier's clock, and a known
 * role. Every refusal is a 401 {@link ApiException}. Thread-safe.
 */
public final class TokenVerifier {

    private final MACVerifier verifier;
    private final Clock clock;

    /** A verifier with that secret and clock. */
    public TokenVerifier(byte[] secret, Clock clock) {
        try {
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token secret must be at least 32 bytes", e);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A verifier with the configuration's secret and the system clock. */
    public static TokenVerifier of(ServiceConfig config) {
        return new TokenVerifier(config.jwtSecret(), Clock.systemUTC());
    }

    /** The caller the token names; a 401 when it is not a valid, unexpired token of ours. */
    public Caller verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw ApiException.unauthorized("the access token is not valid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
                throw ApiException.unauthorized("the access token has expired");
            }
            if (!TokenIssuer.ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null) {
                throw ApiException.unauthorized("the access token is not valid");
            }
            return new Caller(claims.getSubject(), role(claims.getStringClaim(TokenIssuer.ROLE_CLAIM)));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw ApiException.unauthorized("the access token is not valid");
        }
    }

    private static Role role(String wireName) {
        return Arrays.stream(Role.values()).filter(role -> role.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> ApiException.unauthorized("the access token is not valid"));
    }
}
