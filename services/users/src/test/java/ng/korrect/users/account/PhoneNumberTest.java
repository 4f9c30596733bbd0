package ng.korrect.users.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void shouldKeepOnlyThePlusAndTheDigits() {
        assertThat(PhoneNumber.normalize("+234 803 123 4567")).contains("+2348031234567");
        assertThat(PhoneNumber.normalize("0803-123-4567")).contains("08031234567");
        assertThat(PhoneNumber.normalize("(0803) 123.4567")).contains("08031234567");
        assertThat(PhoneNumber.normalize("0803 (123) 4567")).contains("08031234567");
    }

    @Test
    void shouldRefuseTextThatIsNotAPhoneNumber() {
        assertThat(PhoneNumber.normalize("call me")).isEmpty();
        assertThat(PhoneNumber.normalize("12345")).as("too few digits").isEmpty();
        assertThat(PhoneNumber.normalize("+1234567890123456")).as("more than 15 digits").isEmpty();
        assertThat(PhoneNumber.normalize("++2348031234567")).isEmpty();
        assertThat(PhoneNumber.normalize(null)).isEmpty();
    }
}
