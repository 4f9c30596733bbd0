package ng.korrect.users.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void shouldKeepTheAddressAsTypedAndKeyItInLowerCase() {
        EmailAddress address = new EmailAddress("Ada.Obi@Example.NG");

        assertThat(address.value()).isEqualTo("Ada.Obi@Example.NG");
        assertThat(address.key()).isEqualTo("ada.obi@example.ng");
        assertThat(address.localPart()).isEqualTo("Ada.Obi");
    }

    @Test
    void shouldKeyIndependentlyOfTheDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(EmailAddress.keyOf("IBRAHIM@example.ng")).isEqualTo("ibrahim@example.ng");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void shouldAcceptOnlyTheCatalogsShapeOfAddress() {
        assertThat(EmailAddress.isValid("a@b.ng")).isTrue();
        assertThat(EmailAddress.isValid("a@b")).isFalse();
        assertThat(EmailAddress.isValid("a b@c.ng")).isFalse();
        assertThat(EmailAddress.isValid("@c.ng")).isFalse();
        assertThat(EmailAddress.isValid("a@@c.ng")).isFalse();
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("a".repeat(250) + "@b.ng")).as("longer than 254").isFalse();
    }

    @Test
    void shouldRefuseToHoldAnInvalidAddress() {
        assertThatThrownBy(() -> new EmailAddress("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
