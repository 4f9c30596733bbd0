package ng.korrect.users.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "Adaeze.Okafor@example.ng";

    @Test
    void shouldAcceptTenCharactersOfTwoKinds() {
        assertThat(PasswordPolicy.weakness("abcdefghi1", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.weakness("correct horse battery", EMAIL)).as("letters and spaces").isEmpty();
    }

    @Test
    void shouldRefuseFewerThanTenCharacters() {
        assertThat(PasswordPolicy.weakness("Abcdefg1!", EMAIL)).hasValueSatisfying(reason -> assertThat(reason).contains("10"));
    }

    @Test
    void shouldCountCharactersNotBytes() {
        assertThat(PasswordPolicy.weakness("ñandú-ñandú", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.weakness("🔒🔒🔒🔒🔒🔒🔒🔒🔒a", EMAIL)).as("ten code points").isEmpty();
    }

    @Test
    void shouldRefuseMoreThanBcryptReads() {
        assertThat(PasswordPolicy.weakness("Aa1" + "x".repeat(70), EMAIL))
                .hasValueSatisfying(reason -> assertThat(reason).contains("72 bytes"));
        assertThat(PasswordPolicy.weakness("Aa1" + "x".repeat(69), EMAIL)).isEmpty();
    }

    @Test
    void shouldRefuseAPasswordOfOneKindOfCharacter() {
        assertThat(PasswordPolicy.weakness("abcdefghijkl", EMAIL)).isPresent();
        assertThat(PasswordPolicy.weakness("ABCDEFGHIJKL", EMAIL)).isPresent();
        assertThat(PasswordPolicy.weakness("123456789012", EMAIL)).isPresent();
        assertThat(PasswordPolicy.weakness("!@#$%^&*()_+", EMAIL)).isPresent();
    }

    @Test
    void shouldRefuseTheEmailOrItsLocalPartIgnoringCase() {
        assertThat(PasswordPolicy.weakness("adaeze.okafor@EXAMPLE.ng", EMAIL)).isPresent();
        assertThat(PasswordPolicy.weakness("ADAEZE.okafor", EMAIL)).isPresent();
        assertThat(PasswordPolicy.weakness("adaeze.okafor1", EMAIL)).isEmpty();
    }
}
