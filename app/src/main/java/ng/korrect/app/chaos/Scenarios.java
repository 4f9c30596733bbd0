package ng.korrect.app.chaos;

import static ng.korrect.app.chaos.ActorRequests.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ng.korrect.catalog.ServiceName;
import ng.korrect.users.verification.VerificationMail;

/**
 * The steps an actor plays through the five APIs, each recording in the {@link Ledger} what it created or
 * changed: acknowledged, or uncertain (no answer, server error) before the scenario is abandoned. After an
 * uncertain creation whose id the answer would have told, the step looks through the API whether it
 * happened (a login, the artisan's own profile) before going on. Not thread-safe: one per actor.
 */
final class Scenarios {

    private static final String[] SERVICES = {"tiling", "plumbing", "electrical wiring", "carpentry", "painting"};

    private final ActorRequests requests;
    private final Ledger ledger;
    private final AdminSession admin;
    private final Random random;
    private final Path mailbox;
    private final Map<String, BigDecimal> quotedPrices = new HashMap<>();

    Scenarios(ActorRequests requests, Ledger ledger, AdminSession admin, Random random, Path mailbox) {
        this.requests = requests;
        this.mailbox = mailbox;
        this.ledger = ledger;
        this.admin = admin;
        this.random = random;
    }

    Ledger.Account register(String role, String label) {
        String email = label + "-" + Long.toHexString(random.nextLong() & 0xffffffL) + "@chaos.korrect.ng";
        String lastName = "Okoro" + random.nextInt(1000);
        Answer answer = requests.send("register " + role + " " + email, ServiceName.USERS, "POST", "/api/v1/auth/register",
                Map.of("email", email, "password", Actor.PASSWORD, "firstName", "Ada" + label.replace("-", ""),
                        "lastName", lastName, "role", role), null);
        String userId;
        if (answer.status() == 201) {
            userId = answer.text("userId");
        } else if (answer.uncertain()) {
            userId = expect("login after an uncertain registration", login(email), 200).text("userId");
        } else {
            throw new ScenarioAbandoned("register", answer);
        }
        Ledger.Account account = new Ledger.Account(userId, email, Actor.PASSWORD, role, lastName, answer.status() == 201);
        ledger.accounts.add(account);
        Answer login = login(email);
        account.token = login.status() == 200 ? login.text("accessToken") : null;
        return account;
    }

    private Answer login(String email) {
        return requests.send("login " + email, ServiceName.USERS, "POST", "/api/v1/auth/login",
                Map.of("email", email, "password", Actor.PASSWORD), null);
    }

    private String token(Ledger.Account account) {
        if (account.token == null) {
            account.token = expect("login", login(account.email), 200).text("accessToken");
        }
        return account.token;
    }

    void profile(Ledger.Account artisan) {
        String service = SERVICES[random.nextInt(SERVICES.length)];
        Answer created = requests.send("profile of " + artisan.email, ServiceName.ARTISAN, "POST", "/api/v1/artisans",
                Map.of("displayName", "Workshop " + artisan.email.substring(0, 6), "servicesOffered", List.of(service),
                        "location", "Lagos"), token(artisan));
        if (created.status() == 201) {
            artisan.profileId = created.text("profileId");
        } else if (created.uncertain() || created.status() == 409) {
            artisan.profileId = expect("own profile", requests.send("own profile", ServiceName.ARTISAN, "GET",
                    "/api/v1/artisans/me", null, token(artisan)), 200).text("profileId");
        } else {
            throw new ScenarioAbandoned("profile", created);
        }
    }

    void verifyEmail(Ledger.Account customer) {
        String link = "";
        for (int attempt = 0; attempt < 40 && link.isEmpty(); attempt++) {
            link = VerificationMail.newestIn(mailbox, customer.userId).orElse("");
            if (link.isEmpty()) {
                pause(250);
            }
        }
        if (link.isEmpty()) {
            throw new ScenarioAbandoned("no verification mail in the mailbox for " + customer.email, Answer.none());
        }
        expect("verify email", requests.send("verify email of " + customer.email, ServiceName.USERS, "GET",
                "/api/v1/auth/verify-email?" + URI.create(link).getRawQuery(), null, null), 200, 409);
    }

    void applyForVerification(Ledger.Account artisan) {
        String application = expect("apply", requests.send("apply for verification " + artisan.email, ServiceName.ARTISAN, "POST",
                "/api/v1/verification/applications", Map.of("documents", List.of("https://docs.example.ng/" + artisan.userId)),
                token(artisan)), 201).text("applicationId");
        boolean approve = random.nextBoolean();
        Object body = approve ? null : Map.of("reason", "The certificate is not legible");
        expect("decide", asAdmin("decide application " + application, ServiceName.ARTISAN, "/api/v1/verification/applications/"
                + application + (approve ? "/approve" : "/reject"), body), 200);
    }

    Ledger.Booking book(Ledger.Account customer, Ledger.Account artisan) {
        BigDecimal quotedPrice = amount(5_000, 50_000);
        Map<String, Object> body = new HashMap<>(Map.of("artisanId", artisan.userId, "artisanProfileId", artisan.profileId,
                "service", SERVICES[random.nextInt(SERVICES.length)], "address", random.nextInt(99) + " Admiralty Way, Lekki",
                "quotedPrice", quotedPrice.toPlainString()));
        String bookingId = expect("book", requests.send("book " + artisan.email + " for " + customer.email,
                ServiceName.TRANSACTION, "POST", "/api/v1/bookings", body, token(customer)), 201).text("bookingId");
        quotedPrices.put(bookingId, quotedPrice);
        Ledger.Booking booking = new Ledger.Booking(bookingId, customer, artisan, artisan.profileId);
        ledger.bookings.add(booking);
        return booking;
    }

    /** Pays the booking its quoted price (as the transaction service requires) through a pending charge and the webhook. */
    void payThroughWebhook(Ledger.Booking booking, boolean success) {
        BigDecimal amount = quotedPrices.get(booking.bookingId);
        Answer pending = expect("pay", requests.send("pay booking " + booking.bookingId + " (pending)", ServiceName.TRANSACTION,
                "POST", "/api/v1/payments", Map.of("bookingId", booking.bookingId, "amount", amount.toPlainString(),
                        "simulate", "pending"), token(booking.customer)), 202);
        Ledger.Payment payment = new Ledger.Payment(pending.text("paymentId"), pending.text("reference"));
        ledger.payments.add(payment);
        payment.settledAs = success ? "received" : "failed";
        Answer settled = requests.webhook(payment.reference, amount.movePointRight(2).longValueExact(), success);
        payment.settlement = fate(settled);
        expect("webhook", settled, 200);
    }

    /** The customer confirms the paid booking; its final price is the amount paid. */
    void confirm(Ledger.Booking booking) {
        Answer answer = requests.send("confirm booking " + booking.bookingId, ServiceName.TRANSACTION, "POST",
                "/api/v1/bookings/" + booking.bookingId + "/confirm", Map.of(), token(booking.customer));
        booking.confirmation = fate(answer);
        expect("confirm", answer, 200);
    }

    void cancel(Ledger.Booking booking) {
        Ledger.Account by = random.nextBoolean() ? booking.artisan : booking.customer;
        Answer answer = requests.send("cancel booking " + booking.bookingId, ServiceName.TRANSACTION, "POST",
                "/api/v1/bookings/" + booking.bookingId + "/cancel", Map.of("reason", "Plans changed"), token(by));
        booking.cancellation = fate(answer);
        expect("cancel", answer, 200);
    }

    /**
     * Reviews a confirmed booking, retrying while Artisan has not learnt of the confirmation yet (409); a customer
     * who reviewed that profile already is refused for good (409 {@code already_reviewed}: one review per profile).
     */
    void review(Ledger.Booking booking) {
        Map<String, Object> body = Map.of("profileId", booking.profileId, "bookingId", booking.bookingId,
                "rating", 1 + random.nextInt(5), "title", "Good work", "text", "On time and tidy.");
        for (int attempt = 0; attempt < 30; attempt++) {
            Answer answer = requests.send("review booking " + booking.bookingId, ServiceName.ARTISAN, "POST", "/api/v1/reviews",
                    body, token(booking.customer));
            if (answer.status() == 201) {
                ledger.reviews.add(new Ledger.Review(answer.text("reviewId"), booking.profileId));
                return;
            }
            if (answer.status() != 409 || "already_reviewed".equals(answer.body().path("error").path("code").asText())) {
                throw new ScenarioAbandoned("review", answer);
            }
            pause(500);
        }
    }

    Ledger.Escrow contract(Ledger.Booking booking, int milestoneCount) {
        List<BigDecimal> amounts = new ArrayList<>();
        List<Map<String, String>> milestones = new ArrayList<>();
        for (int number = 1; number <= milestoneCount; number++) {
            BigDecimal amount = amount(10_000, 60_000);
            amounts.add(amount);
            milestones.add(Map.of("title", "Stage " + number, "amount", amount.toPlainString()));
        }
        Answer created = expect("contract", requests.send("contract for booking " + booking.bookingId, ServiceName.TRANSACTION,
                "POST", "/api/v1/contracts", Map.of("artisanId", booking.artisan.userId, "bookingId", booking.bookingId,
                        "milestones", milestones), token(booking.customer)), 201);
        Ledger.Escrow escrow = new Ledger.Escrow(created.body().path("escrow").path("escrowId").asText(), booking.customer, amounts);
        ledger.escrows.add(escrow);
        return escrow;
    }

    void fundFully(Ledger.Escrow escrow) {
        BigDecimal total = escrow.total();
        if (random.nextBoolean()) {
            BigDecimal first = total.divide(BigDecimal.TWO, 0, java.math.RoundingMode.DOWN).setScale(2);
            fund(escrow, first);
            fund(escrow, total.subtract(first));
        } else {
            fund(escrow, total);
        }
    }

    void fundPartly(Ledger.Escrow escrow) {
        fund(escrow, escrow.milestones.get(0));
    }

    private void fund(Ledger.Escrow escrow, BigDecimal amount) {
        Answer answer = requests.send("fund escrow " + escrow.escrowId + " with " + amount, ServiceName.TRANSACTION, "POST",
                "/api/v1/escrow/" + escrow.escrowId + "/fund", Map.of("amount", amount.toPlainString()), token(escrow.customer));
        if (answer.status() == 201) {
            escrow.fundedAcknowledged = escrow.fundedAcknowledged.add(amount);
        } else if (answer.uncertain()) {
            escrow.fundedUncertain = escrow.fundedUncertain.add(amount);
        }
        expect("fund", answer, 201);
    }

    void releaseAll(Ledger.Escrow escrow) {
        for (int number = 1; number <= escrow.milestones.size(); number++) {
            BigDecimal amount = escrow.milestones.get(number - 1);
            Answer answer = requests.send("release milestone " + number + " of escrow " + escrow.escrowId, ServiceName.TRANSACTION,
                    "POST", "/api/v1/escrow/" + escrow.escrowId + "/milestones/" + number + "/release", null, token(escrow.customer));
            if (answer.status() == 200) {
                escrow.releasedAcknowledged = escrow.releasedAcknowledged.add(amount);
            } else if (answer.uncertain()) {
                escrow.releasedUncertain = escrow.releasedUncertain.add(amount);
            }
            expect("release", answer, 200);
        }
    }

    void disputeAndResolve(Ledger.Escrow escrow, Ledger.Booking booking) {
        Ledger.Account by = random.nextBoolean() ? booking.artisan : booking.customer;
        String disputeId = expect("dispute", requests.send("dispute escrow " + escrow.escrowId, ServiceName.TRANSACTION, "POST",
                "/api/v1/disputes", Map.of("escrowId", escrow.escrowId, "category", "quality", "reason", "Tiles are loose"),
                token(by)), 201).text("disputeId");
        Ledger.Dispute dispute = new Ledger.Dispute(disputeId);
        ledger.disputes.add(dispute);
        pause(random.nextInt(2_500)); // sometimes long enough for the escalation job (every second, after 0 days)
        BigDecimal refund = escrow.total().divide(BigDecimal.TWO, 0, java.math.RoundingMode.DOWN).setScale(2);
        Answer answer = asAdmin("resolve dispute " + disputeId, ServiceName.TRANSACTION, "/api/v1/disputes/" + disputeId + "/resolve",
                Map.of("decision", "Split", "customerRefund", refund.toPlainString(),
                        "artisanPayment", escrow.total().subtract(refund).toPlainString()));
        dispute.resolution = fate(answer);
        escrow.disputeResolution = dispute.resolution;
        expect("resolve", answer, 200);
    }

    void refund(Ledger.Escrow escrow) {
        Answer answer = requests.send("refund escrow " + escrow.escrowId, ServiceName.TRANSACTION, "POST",
                "/api/v1/escrow/" + escrow.escrowId + "/refund", Map.of("reason", "Changed my mind"), token(escrow.customer));
        escrow.refund = fate(answer);
        expect("refund", answer, 200);
    }

    void converse(Ledger.Account customer, Ledger.Account artisan, int messages) {
        String conversation = expect("conversation", requests.send("conversation " + customer.email + " with " + artisan.email,
                ServiceName.MESSAGING, "POST", "/api/v1/messages/conversations", Map.of("participantId", artisan.userId),
                token(customer)), 200, 201).text("id");
        for (int n = 0; n < messages; n++) {
            Ledger.Account sender = n % 2 == 0 ? customer : artisan;
            Ledger.Account recipient = n % 2 == 0 ? artisan : customer;
            String messageId = expect("message", requests.send("message in " + conversation, ServiceName.MESSAGING, "POST",
                    "/api/v1/messages/conversations/" + conversation + "/messages", Map.of("body", "Message " + n + " from "
                            + sender.email), token(sender)), 201).text("id");
            ledger.messages.add(new Ledger.Message(messageId, conversation, sender, recipient));
        }
    }

    void rename(Ledger.Account account) {
        String lastName = "Eze" + random.nextInt(10_000);
        Answer answer = requests.send("rename " + account.email + " to " + lastName, ServiceName.USERS, "PATCH",
                "/api/v1/account/me", Map.of("lastName", lastName), token(account));
        if (answer.acknowledged() || answer.uncertain()) {
            synchronized (account) {
                account.lastNames.add(lastName);
                account.lastNameFates.add(fate(answer));
            }
        }
        expect("rename", answer, 200);
    }

    void delete(Ledger.Account account) {
        Answer answer = requests.send("delete " + account.email, ServiceName.USERS, "DELETE", "/api/v1/account/me", null,
                token(account));
        if (answer.acknowledged() || answer.uncertain()) {
            account.deletion = fate(answer);
        }
        expect("delete", answer, 204);
    }

    private Answer asAdmin(String action, ServiceName service, String path, Object body) {
        try {
            String token = admin.token();
            Answer answer = requests.send(action, service, "POST", path, body, token);
            if (answer.status() == 401) {
                admin.refused(token);
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private BigDecimal amount(int from, int to) {
        return BigDecimal.valueOf((from + random.nextInt(to - from)) / 100 * 100L).setScale(2);
    }

    private static Ledger.Fate fate(Answer answer) {
        return answer.acknowledged() ? Ledger.Fate.ACKNOWLEDGED : answer.uncertain() ? Ledger.Fate.UNCERTAIN : null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
