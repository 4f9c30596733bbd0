package ng.korrect.platform.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;

/**
 * Every notification's words, in one place: names where the read models know them, amounts in naira
 * ({@link Naira}), and which channels each goes through ({@link Notice}). Pure.
 */
public final class NotificationTexts {

    /** The kind of a welcome. */
    public static final String WELCOME = "welcome";
    /** The kind of the notification that carries the email verification link (the Users service's purpose). */
    public static final String EMAIL_VERIFICATION = "email_verification";
    /** The kind of a {@code notification.send} without a purpose of its own. */
    public static final String DIRECT = "direct";

    private NotificationTexts() {
    }

    /** {@code user.created}: welcome, by email too. */
    public static Notice welcome(String firstName, Role role) {
        String next = switch (role) {
            case CUSTOMER -> "Find a trusted artisan near you, book them, and pay safely through escrow.";
            case ARTISAN -> "Complete your profile and apply for verification, so that customers can find and trust you.";
            case ADMIN -> "You have admin access: you review verifications and resolve disputes.";
        };
        return Notice.through(WELCOME, "Welcome to KorrectNG, " + ChannelText.plain(firstName, false) + "!", next,
                NotificationType.EMAIL);
    }

    /** {@code user.email_verified}: the address is confirmed. */
    public static Notice emailVerified(String email) {
        return Notice.standard("user.email_verified", "Email address verified",
                "Thank you: " + email + " is now verified. You will receive our emails there.");
    }

    /** {@code booking.created}, to the artisan. */
    public static Notice bookingRequested(Person customer, String service) {
        return Notice.important("booking.created", "New booking request",
                customer.nameOr("A customer") + " booked you for \u201C" + service + "\u201D. Open the booking to see the details.")
                .mentioning(customer);
    }

    /** {@code booking.confirmed}, to the customer. */
    public static Notice bookingCompletedForCustomer(Person artisan, String job, BigDecimal finalPrice) {
        return Notice.standard("booking.confirmed", "Booking completed",
                "Your booking " + job + " with " + artisan.nameOr("your artisan") + " is complete. Final price: "
                        + Naira.format(finalPrice) + ". You can now leave a review.").mentioning(artisan);
    }

    /** {@code booking.confirmed}, to the artisan. */
    public static Notice bookingCompletedForArtisan(Person customer, String job, BigDecimal finalPrice) {
        return Notice.standard("booking.confirmed", "Job completed",
                "Your job " + job + " for " + customer.nameOr("your customer") + " is marked complete. Final price: "
                        + Naira.format(finalPrice) + ".").mentioning(customer);
    }

    /** {@code booking.cancelled}, to the party who cancelled. */
    public static Notice cancellationConfirmed(Person otherParty, String job) {
        return Notice.standard("booking.cancelled", "Booking cancelled",
                "You cancelled the booking " + job + " with " + otherParty.nameOr("the other party") + ".")
                .mentioning(otherParty);
    }

    /** {@code booking.cancelled}, to the other party. */
    public static Notice cancelledByOther(Person canceller, CancelledBy cancelledBy, String job, Optional<String> reason) {
        String who = canceller.nameOr(cancelledBy == CancelledBy.CUSTOMER ? "Your customer" : "Your artisan");
        return Notice.standard("booking.cancelled", "Booking cancelled",
                who + " cancelled the booking " + job + "." + reason.map(text -> " Reason: " + text + ".").orElse(""))
                .mentioning(canceller);
    }

    /** How a booking is named in texts: its service when known, else its id. */
    public static String job(Optional<String> service, String bookingId) {
        return service.map(name -> "for \u201C" + name + "\u201D").orElse(bookingId);
    }

    /** {@code review.created}, to the artisan. */
    public static Notice reviewReceived(Person customer, double rating, String title) {
        String stars = BigDecimal.valueOf(rating).stripTrailingZeros().toPlainString();
        return Notice.standard("review.created", "New " + stars + "-star review",
                customer.nameOr("A customer") + " rated you " + stars + " out of 5: \u201C" + title + "\u201D.")
                .mentioning(customer);
    }

    /** {@code payment.received}, to the customer. */
    public static Notice paymentReceived(BigDecimal amount, String job, Person artisan, String reference) {
        return Notice.important("payment.received", "Payment received",
                "We received your payment of " + Naira.format(amount) + " " + job + " with "
                        + artisan.nameOr("your artisan") + ". Reference: " + reference + ".").mentioning(artisan);
    }

    /** {@code payment.failed}, to the customer. */
    public static Notice paymentFailed(BigDecimal amount, String job, String reason) {
        return Notice.important("payment.failed", "Payment failed",
                "Your payment of " + Naira.format(amount) + " " + job + " did not go through: " + reason
                        + ". No money was taken; you can try again from the booking.");
    }

    /** {@code escrow.funded}, to the customer. */
    public static Notice escrowFundedForCustomer(BigDecimal amount, String contractId, Person artisan) {
        return Notice.important("escrow.funded", "Escrow funded",
                Naira.format(amount) + " for contract " + contractId + " is now held safely in escrow. "
                        + artisan.nameOr("Your artisan") + " can start the work.").mentioning(artisan);
    }

    /** {@code escrow.funded}, to the artisan. */
    public static Notice escrowFundedForArtisan(BigDecimal amount, String contractId, Person customer) {
        return Notice.important("escrow.funded", "Escrow funded: you can start",
                customer.nameOr("Your customer") + " funded " + Naira.format(amount) + " in escrow for contract "
                        + contractId + ". It is released to you milestone by milestone.").mentioning(customer);
    }

    /** {@code escrow.released}, to the artisan. */
    public static Notice escrowReleased(BigDecimal amount, int milestone, String contractId) {
        return Notice.important("escrow.released", "Payment released",
                Naira.format(amount) + " was released to you for milestone " + milestone + " of contract "
                        + contractId + ".");
    }

    /** {@code escrow.refunded}, to the customer. */
    public static Notice escrowRefunded(BigDecimal amount, String contractId, String reason) {
        return Notice.important("escrow.refunded", "Refund issued",
                Naira.format(amount) + " held in escrow for contract " + contractId + " was refunded to you. Reason: "
                        + reason + ".");
    }

    /** {@code dispute.opened}, to each admin. */
    public static Notice disputeOpenedForAdmin(Person customer, Person artisan, String contractId, String category,
                                               String reason) {
        return Notice.important("dispute.opened", "Dispute opened: " + category,
                customer.nameOr("A customer") + " and " + artisan.nameOr("an artisan") + " are in dispute over contract "
                        + contractId + " (" + category + "): " + reason + ". Releases are frozen until it is resolved.")
                .mentioning(customer, artisan);
    }

    /** {@code dispute.opened}, to the artisan. */
    public static Notice disputeOpenedForArtisan(Person customer, String contractId, String category, String reason) {
        return Notice.important("dispute.opened", "A dispute was opened",
                customer.nameOr("Your customer") + " opened a dispute over contract " + contractId + " (" + category
                        + "): " + reason + ". Releases are frozen until an admin resolves it.").mentioning(customer);
    }

    /** {@code dispute.resolved}, to each party. */
    public static Notice disputeResolved(String contractId, String decision, Optional<BigDecimal> customerRefund,
                                         Optional<BigDecimal> artisanPayment) {
        List<String> sentences = new ArrayList<>();
        sentences.add("The dispute over contract " + contractId + " was resolved: " + decision + ".");
        customerRefund.ifPresent(amount -> sentences.add("Refund to the customer: " + Naira.format(amount) + "."));
        artisanPayment.ifPresent(amount -> sentences.add("Payment to the artisan: " + Naira.format(amount) + "."));
        return Notice.important("dispute.resolved", "Dispute resolved", String.join(" ", sentences));
    }

    /** {@code dispute.escalated}, to each admin: urgent, through every channel. */
    public static Notice disputeEscalated(String disputeId, int daysOpen, String reason, Optional<String> between) {
        return Notice.urgent("dispute.escalated", "URGENT: dispute open for " + days(daysOpen),
                "Dispute " + disputeId + between.map(parties -> " between " + parties).orElse("") + " has been open for "
                        + days(daysOpen) + " and was escalated: " + reason + ". Please resolve it now.");
    }

    /** {@code verification.submitted}, to each admin. */
    public static Notice verificationSubmitted(Person artisan, String applicationId) {
        return Notice.standard("verification.submitted", "Verification to review",
                artisan.nameOr("An artisan") + " applied for verification (application " + applicationId
                        + "). Please review the application.").mentioning(artisan);
    }

    /** {@code verification.approved}, to the artisan. */
    public static Notice verificationApproved() {
        return Notice.important("verification.approved", "Congratulations, you are verified!",
                "Your verification was approved. Customers now see the verified badge on your profile.");
    }

    /** {@code verification.rejected}, to the artisan, with the reason. */
    public static Notice verificationRejected(String reason) {
        return Notice.important("verification.rejected", "Verification not approved",
                "Your verification application was not approved: " + reason
                        + ". You can correct it and apply again.");
    }

    /** {@code message.sent}, to the recipient, by push. */
    public static Notice messageReceived(Person sender) {
        return Notice.standard("message.sent", "New message from " + sender.nameOr("a KorrectNG user"),
                sender.nameOr("Someone") + " sent you a message. Open your conversations to read it.").mentioning(sender);
    }

    private static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
