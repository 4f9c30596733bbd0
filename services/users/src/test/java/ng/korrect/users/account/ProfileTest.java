package ng.korrect.users.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Profile CURRENT = new Profile("Ada", "Obi", Optional.of("+2348031234567"));

    @Test
    void shouldNameOnlyTheFieldsWhoseValuesDiffer() {
        assertThat(CURRENT.changesTo(new Profile("Ada", "Obi-Eze", Optional.empty()))).containsExactly("lastName", "phone");
        assertThat(CURRENT.changesTo(new Profile("Adaeze", "Obi", Optional.of("+2348031234567")))).containsExactly("firstName");
    }

    @Test
    void shouldNameNothingWhenTheValuesAreTheSame() {
        assertThat(CURRENT.changesTo(new Profile("Ada", "Obi", Optional.of("+2348031234567")))).isEmpty();
    }

    @Test
    void shouldCompareNamesCaseSensitively() {
        assertThat(CURRENT.changesTo(new Profile("ADA", "Obi", CURRENT.phone()))).containsExactly("firstName");
    }

    @Test
    void shouldChangeOnlyTheFieldsAnUpdateGives() {
        ProfileUpdate lastNameOnly = new ProfileUpdate(Optional.empty(), Optional.of("Eze"), Optional.empty());
        ProfileUpdate removePhone = new ProfileUpdate(Optional.empty(), Optional.empty(), Optional.of(Optional.empty()));

        assertThat(lastNameOnly.applyTo(CURRENT)).isEqualTo(new Profile("Ada", "Eze", Optional.of("+2348031234567")));
        assertThat(removePhone.applyTo(CURRENT)).isEqualTo(new Profile("Ada", "Obi", Optional.empty()));
    }
}
