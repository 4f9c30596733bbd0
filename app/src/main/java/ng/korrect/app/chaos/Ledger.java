package ng.korrect.app.chaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the workload did, as far as it knows: each thing it created (acknowledged, or found afterwards
 * through the API after an uncertain request) and each later step on it, acknowledged or uncertain (no
 * answer or a server error: it may have happened). The checks compare the platform's state with it.
 * Each record is changed by one actor at a time; the lists are thread-safe.
 */
final class Ledger {

    /** What became of a step that changes something. */
    enum Fate {
        /** Answered 2xx. */
        ACKNOWLEDGED,
        /** No answer or a server error: it may or may not have happened. */
        UNCERTAIN
    }

    /** A user account. */
    static final class Account {
        final String userId;
        final String email;
        final String password;
        final String role;
        final boolean registrationAcknowledged;
        final List<String> lastNames = new ArrayList<>();
        final List<Fate> lastNameFates = new ArrayList<>();
        volatile String token;
        volatile String profileId;
        volatile Fate deletion;

        Account(String userId, String email, String password, String role, String lastName, boolean acknowledged) {
            this.userId = userId;
            this.email = email;
            this.password = password;
            this.role = role;
            this.registrationAcknowledged = acknowledged;
            lastNames.add(lastName);
            lastNameFates.add(Fate.ACKNOWLEDGED);
        }

        /** Whether the account may still be used: no deletion was even tried. */
        boolean live() {
            return deletion == null;
        }
    }

    /** A booking, with the steps acknowledged or tried on it. */
    static final class Booking {
        final String bookingId;
        final Account customer;
        final Account artisan;
        final String profileId;
        volatile Fate confirmation;
        volatile Fate cancellation;

        Booking(String bookingId, Account customer, Account artisan, String profileId) {
            this.bookingId = bookingId;
            this.customer = customer;
            this.artisan = artisan;
            this.profileId = profileId;
        }
    }

    /** A payment made pending, and its settlement through the webhook. */
    static final class Payment {
        final String paymentId;
        final String reference;
        volatile String settledAs;
        volatile Fate settlement;

        Payment(String paymentId, String reference) {
            this.paymentId = paymentId;
            this.reference = reference;
        }
    }

    /** An escrow of a contract, with what was funded and released, acknowledged or not. */
    static final class Escrow {
        final String escrowId;
        final Account customer;
        final List<BigDecimal> milestones;
        volatile BigDecimal fundedAcknowledged = BigDecimal.ZERO;
        volatile BigDecimal fundedUncertain = BigDecimal.ZERO;
        volatile BigDecimal releasedAcknowledged = BigDecimal.ZERO;
        volatile BigDecimal releasedUncertain = BigDecimal.ZERO;
        volatile Fate refund;
        volatile Fate disputeResolution;

        Escrow(String escrowId, Account customer, List<BigDecimal> milestones) {
            this.escrowId = escrowId;
            this.customer = customer;
            this.milestones = List.copyOf(milestones);
        }

        /** What the contract's milestones add up to. */
        BigDecimal total() {
            return milestones.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A message that was acknowledged.
     *
     * @param messageId its id
     * @param conversationId its conversation
     * @param sender who sent it
     * @param recipient the other participant
     */
    record Message(String messageId, String conversationId, Account sender, Account recipient) {
    }

    /** A dispute that was acknowledged, and its resolution. */
    static final class Dispute {
        final String disputeId;
        volatile Fate resolution;

        Dispute(String disputeId) {
            this.disputeId = disputeId;
        }
    }

    /**
     * A review that was acknowledged.
     *
     * @param reviewId its id
     * @param profileId the profile reviewed
     */
    record Review(String reviewId, String profileId) {
    }

    final List<Account> accounts = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Booking> bookings = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Payment> payments = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Escrow> escrows = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Message> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Dispute> disputes = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<Review> reviews = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The artisans with a profile whose accounts may still be used. */
    List<Account> bookableArtisans() {
        return accounts.stream().filter(account -> account.live() && account.profileId != null).toList();
    }
}
