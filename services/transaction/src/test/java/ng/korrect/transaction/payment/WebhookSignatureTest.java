package ng.korrect.transaction.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":\"charge.success\",\"data\":{\"reference\":\"ref_1\",\"amount\":500000}}"
            .getBytes(StandardCharsets.UTF_8);
    /** {@code openssl dgst -sha512 -hmac sk_test_secret} of the body. */
    private static final String OPENSSL_SIGNATURE = "9aeef1767e5abf57b4e70412f40a1767e6e63f3716edf323feeea0ce74e98dcf"
            + "bb9f9b5c16eea68d8af8ce2262f161ca9e69f17001f8349a4a3e3f6428ed0ebd";

    private final WebhookSignature signature = new WebhookSignature("sk_test_secret");

    @Test
    void shouldSignAsHexHmacSha512OfTheRawBody() {
        assertThat(signature.sign(BODY)).isEqualTo(OPENSSL_SIGNATURE);
    }

    @Test
    void shouldMatchTheSignatureInEitherCase() {
        assertThat(signature.matches(BODY, OPENSSL_SIGNATURE)).isTrue();
        assertThat(signature.matches(BODY, OPENSSL_SIGNATURE.toUpperCase())).isTrue();
    }

    @Test
    void shouldRejectAMissingMalformedOrForeignSignature() {
        assertThat(signature.matches(BODY, null)).isFalse();
        assertThat(signature.matches(BODY, "not hex")).isFalse();
        assertThat(signature.matches(BODY, OPENSSL_SIGNATURE.substring(2))).isFalse();
        assertThat(new WebhookSignature("another").matches(BODY, OPENSSL_SIGNATURE)).isFalse();
    }

    @Test
    void shouldRejectTheSignatureOfABodyChangedByOneByte() {
        byte[] changed = BODY.clone();
        changed[changed.length - 3] = '1';

        assertThat(signature.matches(changed, OPENSSL_SIGNATURE)).isFalse();
    }
}
