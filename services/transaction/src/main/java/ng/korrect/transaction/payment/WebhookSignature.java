package ng.korrect.transaction.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of provider webhooks, the way Paystack signs them: the hex HMAC-SHA512 of the raw request
 * body under the shared secret, sent in {@code x-paystack-signature}. Compared in constant time. Thread-safe.
 */
public final class WebhookSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "x-paystack-signature";
    private static final String ALGORITHM = "HmacSHA512";

    private final SecretKeySpec key;

    /** Signatures under that shared secret. */
    public WebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hex signature of that body. */
    public String sign(byte[] body) {
        return HexFormat.of().formatHex(mac(body));
    }

    /** Whether the signature (hex, either case; may be null) is that of the body. */
    public boolean matches(byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), given);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }
}
