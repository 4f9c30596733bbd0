package ng.korrect.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import ng.korrect.catalog.payload.Role;

/**
 * Issues access tokens: JWTs signed with HS256 under {@code JWT_SECRET}, whose subject is the user id
 * and whose {@value #ROLE_CLAIM} claim is the role's wire name. Nimbus JOSE+JWT because it is the
 * most widely used and actively kept JOSE library on the JVM, with no dependencies of its own, and
 * it refuses keys too short for the algorithm. Thread-safe.
 */
public final class TokenIssuer {

    /** The claim that carries the role. */
    public static final String ROLE_CLAIM = "role";
    /** The tokens' issuer claim. */
    public static final String ISSUER = "korrect";
    /** The default lifetime of an access token. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private final MACSigner signer;
    private final Clock clock;
    private final Duration ttl;

    /** An issuer with that secret (32 bytes or more), clock and token lifetime. */
    public TokenIssuer(byte[] secret, Clock clock, Duration ttl) {
        try {
            this.signer = new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token secret must be at least 32 bytes", e);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        this.ttl = ttl;
    }

    /** An issuer with the configuration's secret, the system clock and the default lifetime. */
    public static TokenIssuer of(ServiceConfig config) {
        return new TokenIssuer(config.jwtSecret(), Clock.systemUTC(), DEFAULT_TTL);
    }

    /** A signed token for that user and role, valid for the issuer's lifetime from now. */
    public String issue(String userId, Role role) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(Objects.requireNonNull(userId, "userId"))
                .claim(ROLE_CLAIM, Objects.requireNonNull(role, "role").wireName())
                .issuer(ISSUER)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new KitException("cannot sign a token", e);
        }
        return token.serialize();
    }
}
