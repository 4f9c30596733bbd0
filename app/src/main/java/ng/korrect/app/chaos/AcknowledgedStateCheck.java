package ng.korrect.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ng.korrect.catalog.ServiceName;

/**
 * Check (a): everything acknowledged is there afterwards, read through the APIs. An account logs in unless
 * its deletion was acknowledged (then it must not); its last name is the last acknowledged one or a later
 * uncertain one; bookings, payments, escrows, disputes, messages and reviews exist with a status that the
 * acknowledged steps imply, uncertain steps widening what is allowed.
 */
final class AcknowledgedStateCheck {

    private final ChaosHttp http;
    private final String adminToken;
    private final List<Violation> violations = new ArrayList<>();
    private int found;

    AcknowledgedStateCheck(ChaosHttp http, String adminToken) {
        this.http = http;
        this.adminToken = adminToken;
    }

    /** Runs the check; returns the violations. */
    List<Violation> check(Ledger ledger) throws InterruptedException {
        for (Ledger.Account account : ledger.accounts) {
            account(account);
        }
        for (Ledger.Booking booking : ledger.bookings) {
            booking(booking);
        }
        for (Ledger.Payment payment : ledger.payments) {
            payment(payment);
        }
        for (Ledger.Escrow escrow : ledger.escrows) {
            escrow(escrow);
        }
        for (Ledger.Dispute dispute : ledger.disputes) {
            dispute(dispute);
        }
        for (Ledger.Message message : ledger.messages) {
            message(message);
        }
        for (Ledger.Review review : ledger.reviews) {
            review(review, ledger);
        }
        return violations;
    }

    /** How many acknowledged records were found as expected. */
    int found() {
        return found;
    }

    private void account(Ledger.Account account) throws InterruptedException {
        Answer login = answered(ServiceName.USERS, "POST", "/api/v1/auth/login",
                Map.of("email", account.email, "password", account.password), null);
        if (account.deletion == Ledger.Fate.ACKNOWLEDGED) {
            expect(login.status() == 401, "login of deleted " + account.email + " refused (401)", login.toString());
            return;
        }
        if (account.deletion == Ledger.Fate.UNCERTAIN && login.status() == 401) {
            found++;
            return;
        }
        if (!expect(login.status() == 200, "login of " + account.email + " (" + account.userId + ") accepted", login.toString())) {
            return;
        }
        Answer me = answered(ServiceName.USERS, "GET", "/api/v1/account/me", null, login.text("accessToken"));
        Set<String> allowed = new HashSet<>();
        synchronized (account) {
            for (int i = 0; i < account.lastNames.size(); i++) {
                if (account.lastNameFates.get(i) == Ledger.Fate.ACKNOWLEDGED) {
                    allowed.clear();
                }
                allowed.add(account.lastNames.get(i));
            }
        }
        expect(allowed.contains(me.text("lastName")), "last name of " + account.email + " one of " + allowed, me.toString());
    }

    private void booking(Ledger.Booking booking) throws InterruptedException {
        Set<String> allowed = new HashSet<>();
        if (booking.confirmation == Ledger.Fate.ACKNOWLEDGED) {
            allowed.add("confirmed");
        } else if (booking.cancellation == Ledger.Fate.ACKNOWLEDGED) {
            allowed.add("cancelled");
        } else {
            allowed.add("pending");
            if (booking.confirmation == Ledger.Fate.UNCERTAIN) {
                allowed.add("confirmed");
            }
            if (booking.cancellation == Ledger.Fate.UNCERTAIN) {
                allowed.add("cancelled");
            }
        }
        Answer read = answered(ServiceName.TRANSACTION, "GET", "/api/v1/bookings/" + booking.bookingId, null, adminToken);
        expect(read.status() == 200 && allowed.contains(read.text("status")), "booking " + booking.bookingId + " with status "
                + allowed, read.toString());
    }

    private void payment(Ledger.Payment payment) throws InterruptedException {
        Set<String> allowed = new HashSet<>(Set.of("pending"));
        if (payment.settlement == Ledger.Fate.ACKNOWLEDGED) {
            allowed = Set.of(payment.settledAs);
        } else if (payment.settlement == Ledger.Fate.UNCERTAIN) {
            allowed.add(payment.settledAs);
        }
        Answer read = answered(ServiceName.TRANSACTION, "GET", "/api/v1/payments/" + payment.paymentId, null, adminToken);
        expect(read.status() == 200 && allowed.contains(read.text("status")), "payment " + payment.paymentId + " with status "
                + allowed, read.toString());
    }

    private void escrow(Ledger.Escrow escrow) throws InterruptedException {
        Answer read = answered(ServiceName.TRANSACTION, "GET", "/api/v1/escrow/" + escrow.escrowId, null, adminToken);
        if (!expect(read.status() == 200, "escrow " + escrow.escrowId, read.toString())) {
            return;
        }
        BigDecimal funded = new BigDecimal(read.text("funded"));
        BigDecimal released = new BigDecimal(read.text("released"));
        boolean settledOtherwise = escrow.refund != null || escrow.disputeResolution != null;
        boolean fundedOk = funded.compareTo(escrow.fundedAcknowledged) >= 0
                && funded.compareTo(escrow.fundedAcknowledged.add(escrow.fundedUncertain)) <= 0;
        boolean releasedOk = settledOtherwise ? released.compareTo(escrow.releasedAcknowledged) >= 0
                : released.compareTo(escrow.releasedAcknowledged) >= 0
                && released.compareTo(escrow.releasedAcknowledged.add(escrow.releasedUncertain)) <= 0;
        boolean closedOk = !(escrow.refund == Ledger.Fate.ACKNOWLEDGED || escrow.disputeResolution == Ledger.Fate.ACKNOWLEDGED)
                || "closed".equals(read.text("status"));
        expect(fundedOk && releasedOk && closedOk, "escrow " + escrow.escrowId + " funded " + escrow.fundedAcknowledged + " (+ up to "
                + escrow.fundedUncertain + " uncertain), released " + escrow.releasedAcknowledged + " (+ up to "
                + escrow.releasedUncertain + ")" + (closedOk ? "" : ", closed"), read.toString());
    }

    private void dispute(Ledger.Dispute dispute) throws InterruptedException {
        Answer read = answered(ServiceName.TRANSACTION, "GET", "/api/v1/disputes/" + dispute.disputeId, null, adminToken);
        Set<String> allowed = dispute.resolution == Ledger.Fate.ACKNOWLEDGED ? Set.of("resolved")
                : dispute.resolution == Ledger.Fate.UNCERTAIN ? Set.of("open", "resolved") : Set.of("open");
        expect(read.status() == 200 && allowed.contains(read.text("status")), "dispute " + dispute.disputeId + " with status "
                + allowed, read.toString());
    }

    private void message(Ledger.Message message) throws InterruptedException {
        Ledger.Account reader = message.sender().deletion == null ? message.sender()
                : message.recipient().deletion == null ? message.recipient() : null;
        if (reader == null) {
            return; // both participants deleted: nobody may read the conversation any more
        }
        Answer login = answered(ServiceName.USERS, "POST", "/api/v1/auth/login",
                Map.of("email", reader.email, "password", reader.password), null);
        Answer read = answered(ServiceName.MESSAGING, "GET", "/api/v1/messages/conversations/" + message.conversationId()
                + "/messages?limit=100", null, login.text("accessToken"));
        boolean there = false;
        for (JsonNode item : read.body().path("messages")) {
            there |= message.messageId().equals(item.path("id").asText());
        }
        String next = read.body().path("nextCursor").asText("");
        expect(there || !next.isEmpty() && !"null".equals(next), "message " + message.messageId() + " in conversation "
                + message.conversationId(), read.status() + " without it");
    }

    private void review(Ledger.Review review, Ledger ledger) throws InterruptedException {
        boolean artisanGone = ledger.accounts.stream().anyMatch(a -> review.profileId().equals(a.profileId) && a.deletion != null);
        if (artisanGone) {
            return; // the reviews of a deleted artisan's profile go with it
        }
        Answer read = answered(ServiceName.ARTISAN, "GET", "/api/v1/reviews?profileId=" + review.profileId(), null, adminToken);
        boolean there = false;
        for (JsonNode item : read.body().path("reviews")) {
            there |= review.reviewId().equals(item.path("reviewId").asText());
        }
        expect(there, "review " + review.reviewId() + " of profile " + review.profileId(), read.toString());
    }

    /** Reads until an answer comes (the platform is up and quiet by now; a refused connection is retried). */
    private Answer answered(ServiceName service, String method, String path, Object body, String token) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Answer answer = http.read(service, method, path, body, token);
            if (answer.status() != 0) {
                return answer;
            }
            http.awaitBack(service);
        }
        return Answer.none();
    }

    private boolean expect(boolean condition, String expected, String found) {
        if (condition) {
            this.found++;
        } else {
            violations.add(new Violation("acknowledged", expected, found.length() > 400 ? found.substring(0, 400) + "..." : found));
        }
        return condition;
    }
}
