package ng.korrect.users.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationSecretTest {

    @Test
    void shouldGenerateUrlSafeSecretsOf256Bits() {
        String secret = VerificationSecret.generate();

        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void shouldNeverRepeatASecret() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            secrets.add(VerificationSecret.generate());
        }
        assertThat(secrets).hasSize(1_000);
    }

    @Test
    void shouldHashWithSha256InHex() {
        assertThat(VerificationSecret.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
