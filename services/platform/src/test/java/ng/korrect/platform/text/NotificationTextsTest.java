package ng.korrect.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

    private static final Person ADA = new Person("customer-1", Optional.of("Ada Obi"));
    private static final Person MUSA = new Person("artisan-1", Optional.of("Musa Bello"));
    private static final Person NOBODY = Person.unnamed("customer-2");

    @Test
    void shouldWelcomeEachRoleWithWhatToDoNextByEmail() {
        Notice welcome = NotificationTexts.welcome("Ada", Role.CUSTOMER);

        assertThat(welcome.title()).isEqualTo("Welcome to KorrectNG, Ada!");
        assertThat(welcome.body()).contains("book");
        assertThat(welcome.channels()).containsExactly(NotificationType.EMAIL);
        assertThat(NotificationTexts.welcome("Musa", Role.ARTISAN).body()).contains("verification");
        assertThat(NotificationTexts.welcome("Zainab", Role.ADMIN).body()).contains("disputes");
    }

    @Test
    void shouldNameTheCustomerOfABookingAndRecordTheMention() {
        Notice request = NotificationTexts.bookingRequested(ADA, "Fix a tap");

        assertThat(request.body()).isEqualTo("Ada Obi booked you for \u201CFix a tap\u201D. Open the booking to see the details.");
        assertThat(request.mentions()).containsExactly("customer-1");
        assertThat(request.channels()).containsExactlyInAnyOrder(NotificationType.PUSH, NotificationType.EMAIL);
    }

    @Test
    void shouldFallBackToARoleWhenTheNameIsNotKnownAndMentionNobody() {
        Notice request = NotificationTexts.bookingRequested(NOBODY, "Fix a tap");

        assertThat(request.body()).startsWith("A customer booked you");
        assertThat(request.mentions()).isEmpty();
    }

    @Test
    void shouldWriteWholeAndFractionalRatingsAsPeopleWriteThem() {
        assertThat(NotificationTexts.reviewReceived(ADA, 5, "Neat").title()).isEqualTo("New 5-star review");
        assertThat(NotificationTexts.reviewReceived(ADA, 4.5, "Neat").body())
                .isEqualTo("Ada Obi rated you 4.5 out of 5: \u201CNeat\u201D.");
    }

        @Test
    void shouldWriteAmountsInNaira() {
        assertThat(NotificationTexts.escrowReleased(new BigDecimal("75000.25"), 2, "c-1").body())
                .isEqualTo("\u20A675,000.25 was released to you for milestone 2 of contract c-1.");
        assertThat(NotificationTexts.bookingCompletedForCustomer(MUSA, "for \u201CTiling\u201D", new BigDecimal("250000")).body())
                .contains("Final price: \u20A6250,000.00.");
    }

    @Test
    void shouldNameTheJobByItsServiceElseByItsBooking() {
        assertThat(NotificationTexts.job(Optional.of("Tiling"), "b-1")).isEqualTo("for \u201CTiling\u201D");
        assertThat(NotificationTexts.job(Optional.empty(), "b-1")).isEqualTo("b-1");
    }

    @Test
    void shouldGiveTheReasonOfACancellationOnlyWhenThereIsOne() {
        assertThat(NotificationTexts.cancelledByOther(MUSA, CancelledBy.ARTISAN, "b-1", Optional.of("ill")).body())
                .isEqualTo("Musa Bello cancelled the booking b-1. Reason: ill.");
        assertThat(NotificationTexts.cancelledByOther(Person.unnamed("a"), CancelledBy.ARTISAN, "b-1", Optional.empty()).body())
                .isEqualTo("Your artisan cancelled the booking b-1.");
    }

    @Test
    void shouldListOnlyTheAmountsAResolutionGives() {
        assertThat(NotificationTexts.disputeResolved("c-1", "refund", Optional.of(new BigDecimal("100")), Optional.empty()).body())
                .isEqualTo("The dispute over contract c-1 was resolved: refund. Refund to the customer: \u20A6100.00.");
        assertThat(NotificationTexts.disputeResolved("c-1", "dismissed", Optional.empty(), Optional.empty()).body())
                .isEqualTo("The dispute over contract c-1 was resolved: dismissed.");
    }

    @Test
    void shouldMakeAnEscalationUrgentThroughEveryChannel() {
        Notice alert = NotificationTexts.disputeEscalated("d-1", 1, "open too long", Optional.of("Ada Obi and Musa Bello"));

        assertThat(alert.urgent()).isTrue();
        assertThat(alert.title()).isEqualTo("URGENT: dispute open for 1 day");
        assertThat(alert.body()).isEqualTo("Dispute d-1 between Ada Obi and Musa Bello has been open for 1 day and was "
                + "escalated: open too long. Please resolve it now.");
        assertThat(alert.channels()).containsExactlyInAnyOrder(NotificationType.values());
    }

    @Test
    void shouldCarryTheRejectionReason() {
        assertThat(NotificationTexts.verificationRejected("blurry photo").body()).contains("not approved: blurry photo.");
    }

    @Test
    void shouldNameTheSenderOfAMessageAndReachTheRecipientByPush() {
        Notice message = NotificationTexts.messageReceived(ADA);

        assertThat(message.title()).isEqualTo("New message from Ada Obi");
        assertThat(message.channels()).containsExactly(NotificationType.PUSH);
        assertThat(NotificationTexts.messageReceived(NOBODY).title()).isEqualTo("New message from a KorrectNG user");
    }
}
