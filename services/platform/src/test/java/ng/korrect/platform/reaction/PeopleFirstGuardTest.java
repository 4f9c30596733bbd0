package ng.korrect.platform.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.MessageSent;
import org.junit.jupiter.api.Test;

class PeopleFirstGuardTest {

    @Test
    void shouldNameThePeopleOfAnEventInOneOrderWhateverTheirFields() {
        BookingCreated created = new BookingCreated("booking-1", "zara", "adamu", "profile-1", "Tiling", "pending");
        BookingConfirmed confirmed = new BookingConfirmed("booking-1", "zara", "adamu", new BigDecimal("5000"));

        assertThat(PeopleFirstGuard.people(created)).containsExactly("adamu", "zara");
        assertThat(PeopleFirstGuard.people(confirmed)).isEqualTo(PeopleFirstGuard.people(created));
    }

    @Test
    void shouldTakeSendersAndRecipientsButNotOtherIds() {
        MessageSent sent = new MessageSent("message-1", "conversation-1", "musa", "ada");

        assertThat(PeopleFirstGuard.people(sent)).containsExactly("ada", "musa");
    }
}
