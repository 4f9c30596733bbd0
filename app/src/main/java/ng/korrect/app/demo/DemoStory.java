package ng.korrect.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.EventType;
import ng.korrect.users.verification.VerificationMail;

/**
 * The story the demo plays through the five services' HTTP APIs only: two customers and two artisans
 * register, one verifies her email from the link in her inbox, one artisan's verification is rejected and
 * the other's approved, a booking is paid (after a decline) and confirmed and another cancelled, a review
 * and messages follow, one escrow is funded in two payments and released in two milestones, another is
 * refunded, a third is disputed, escalated and resolved, and a customer deletes her account. It then
 * looks for each consumer's effect through the consuming service's API.
 */
final class DemoStory {

    private static final String PASSWORD = "Demo-Password-2026";
    private static final Duration EFFECT_WAIT = Duration.ofSeconds(30);

    private final DemoEndpoints endpoints;
    private final StoryStep step;
    private final EventTrail trail;
    private final JsonHttp users;
    private final JsonHttp artisans;
    private final JsonHttp transactions;
    private final JsonHttp messaging;
    private final JsonHttp platform;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<DemoSummary.Effect> effects = new ArrayList<>();
    private final Map<EventType, String> notDue = new EnumMap<>(EventType.class);
    private String admin;

    DemoStory(DemoEndpoints endpoints, PrintWriter out, EventTrail trail) {
        this.endpoints = endpoints;
        this.step = new StoryStep(out);
        this.trail = trail;
        this.users = new JsonHttp(endpoints.usersUrl());
        this.artisans = new JsonHttp(endpoints.artisanUrl());
        this.transactions = new JsonHttp(endpoints.transactionUrl());
        this.messaging = new JsonHttp(endpoints.messagingUrl());
        this.platform = new JsonHttp(endpoints.platformUrl());
    }

    /** A person of the story, signed in. */
    private record Person(String name, String userId, String token) {
    }

    /** Plays the story and returns the effects it looked for; a step that fails throws a {@link StoryStep.StoryException}. */
    List<DemoSummary.Effect> play() {
        step.say("The admin signs in (" + endpoints.adminEmail() + ")");
        admin = step.expect("admin login", users.send("POST", "/api/v1/auth/login", Map.of("email", endpoints.adminEmail(),
                "password", endpoints.adminPassword()), null, corr("admin-login")), 200).text("accessToken");

        Person ada = register("Ada", "Okafor", "customer");
        Person bola = register("Bola", "Adeyemi", "customer");
        Person chidi = register("Chidi", "Eze", "artisan");
        Person dayo = register("Dayo", "Balogun", "artisan");
        verifyEmail(ada);

        String chidiProfile = profile(chidi, "Chidi's Electricals", "electrical wiring");
        String dayoProfile = profile(dayo, "Dayo Tiles & Plumbing", "tiling");
        renameChidi(chidi);
        verification(chidi, false);
        verification(dayo, true);

        String paidBooking = paidAndConfirmedBooking(ada, dayo, dayoProfile);
        String cancelledBooking = cancelledBooking(bola, chidi, chidiProfile);
        review(ada, dayoProfile, paidBooking);
        conversation(ada, dayo, "Good morning Dayo, can you start on Monday?", "Yes, Monday at 9 works.");
        conversation(bola, chidi, "Sorry to cancel, maybe next month.", "No problem at all.");

        milestoneEscrow(ada, dayo, paidBooking);
        refundedEscrow(bola, chidi, cancelledBooking);
        disputedEscrow(ada, dayo, paidBooking);

        checkEffects(ada, bola, chidi, dayo, dayoProfile, chidiProfile);
        deleteAccount(bola, chidi, cancelledBooking);
        return List.copyOf(effects);
    }

    private Person register(String first, String last, String role) {
        String email = first.toLowerCase() + "." + run + "@demo.korrect.ng";
        step.say("%s %s registers as %s (%s)".formatted(first, last, role, email));
        String userId = step.expect("register " + first, users.send("POST", "/api/v1/auth/register", Map.of("email", email,
                "password", PASSWORD, "firstName", first, "lastName", last, "role", role), null, corr("register-" + first)),
                201).text("userId");
        String token = step.expect("login " + first, users.send("POST", "/api/v1/auth/login",
                Map.of("email", email, "password", PASSWORD), null, corr("login-" + first)), 200).text("accessToken");
        return new Person(first, userId, token);
    }

    private void verifyEmail(Person person) {
        step.say(person.name() + " opens the verification link from her mailbox (the Users service mails it itself: "
                + "no event and no inbox notice carries it)");
        String[] link = new String[1];
        boolean arrived = StoryStep.eventually(EFFECT_WAIT, () -> {
            link[0] = VerificationMail.newestIn(endpoints.mailbox(), person.userId()).orElse("");
            return !link[0].isEmpty();
        });
        effect("users: " + person.name() + "'s verification mail is in " + endpoints.mailbox(), arrived, "");
        if (!arrived) {
            throw new StoryStep.StoryException("no verification link reached " + person.name() + "'s mailbox in "
                    + endpoints.mailbox() + " (with KORRECT_EMAIL_URL set, mail goes to the provider instead)");
        }
        String secret = link[0].substring(link[0].indexOf("token=") + "token=".length());
        boolean noticed = StoryStep.eventually(EFFECT_WAIT, () -> {
            for (JsonNode notification : inbox(person)) {
                if ("email_verification".equals(notification.path("kind").asText())) {
                    return !notification.toString().contains(secret);
                }
            }
            return false;
        });
        effect("platform: " + person.name() + "'s inbox says a link was mailed (notification.send), without the link",
                noticed, "");
        String query = URI.create(link[0]).getRawQuery(); // the link names the public URL; the token is what counts
        step.expect("verify email", users.send("GET", "/api/v1/auth/verify-email?" + query, null, null,
                corr("verify-" + person.name())), 200);
        effect("users: " + person.name() + "'s email is verified", users.send("GET", "/api/v1/account/me", null,
                person.token(), null).body().path("emailVerified").asBoolean(), "");
    }

    private void renameChidi(Person chidi) {
        step.say("Chidi corrects his last name (user.updated)");
        step.expect("rename", users.send("PATCH", "/api/v1/account/me", Map.of("lastName", "Ezeh"), chidi.token(),
                corr("rename-Chidi")), 200);
    }

    private String profile(Person artisan, String displayName, String service) {
        step.say(artisan.name() + " creates the profile \"" + displayName + "\"");
        return step.expect("profile " + artisan.name(), artisans.send("POST", "/api/v1/artisans", Map.of("displayName",
                displayName, "servicesOffered", List.of(service), "location", "Lagos"), artisan.token(),
                corr("profile-" + artisan.name())), 201).text("profileId");
    }

    private void verification(Person artisan, boolean approve) {
        step.say(artisan.name() + " applies for verification; the admin " + (approve ? "approves" : "rejects") + " it");
        String application = step.expect("apply " + artisan.name(), artisans.send("POST", "/api/v1/verification/applications",
                Map.of("documents", List.of("https://docs.example.ng/" + artisan.name() + "/trade-certificate.pdf")),
                artisan.token(), corr("verify-apply-" + artisan.name())), 201).text("applicationId");
        String path = "/api/v1/verification/applications/" + application + (approve ? "/approve" : "/reject");
        Object body = approve ? null : Map.of("reason", "The trade certificate is not legible; please upload a clearer scan");
        step.expect("decide " + artisan.name(), artisans.send("POST", path, body, admin,
                corr("verify-decide-" + artisan.name())), 200);
    }

    private String paidAndConfirmedBooking(Person customer, Person artisan, String profileId) {
        step.say(customer.name() + " books " + artisan.name() + " for tiling; her card is declined, then accepted");
        String booking = step.expect("book", transactions.send("POST", "/api/v1/bookings", Map.of("artisanId", artisan.userId(),
                "artisanProfileId", profileId, "service", "tiling", "address", "12 Admiralty Way, Lekki",
                "quotedPrice", "85000.00"), customer.token(), corr("booking-1")), 201).text("bookingId");
        step.expect("declined payment", transactions.send("POST", "/api/v1/payments", Map.of("bookingId", booking,
                "amount", "85000.00", "simulate", "decline"), customer.token(), corr("payment-declined")), 402);
        step.expect("payment", transactions.send("POST", "/api/v1/payments", Map.of("bookingId", booking,
                "amount", "85000.00"), customer.token(), corr("payment-accepted")), 201);
        step.say(artisan.name() + " completes the job; " + customer.name() + " confirms it at the ₦85,000 she paid");
        step.expect("confirm", transactions.send("POST", "/api/v1/bookings/" + booking + "/confirm",
                Map.of("finalPrice", "85000.00"), customer.token(), corr("booking-1-confirm")), 200);
        return booking;
    }

    private String cancelledBooking(Person customer, Person artisan, String profileId) {
        step.say(customer.name() + " books " + artisan.name() + "; " + artisan.name() + " cancels it");
        String booking = step.expect("book", transactions.send("POST", "/api/v1/bookings", Map.of("artisanId", artisan.userId(),
                "artisanProfileId", profileId, "service", "electrical wiring", "address", "3 Bode Thomas Street, Surulere",
                "quotedPrice", "40000.00"),
                customer.token(), corr("booking-2")), 201).text("bookingId");
        step.expect("cancel", transactions.send("POST", "/api/v1/bookings/" + booking + "/cancel",
                Map.of("reason", "Fully booked that week"), artisan.token(), corr("booking-2-cancel")), 200);
        return booking;
    }

    private void review(Person customer, String profileId, String booking) {
        step.say(customer.name() + " reviews the job (once Artisan has learnt the booking is confirmed)");
        step.expectEventually("review", EFFECT_WAIT, () -> artisans.send("POST", "/api/v1/reviews", Map.of("profileId", profileId,
                "bookingId", booking, "rating", 5, "title", "Spotless bathroom", "text", "Neat, punctual and fairly priced."),
                customer.token(), corr("review")), 201);
    }

    private void conversation(Person from, Person to, String message, String answer) {
        step.say(from.name() + " and " + to.name() + " exchange messages");
        String conversation = step.expect("conversation", messaging.send("POST", "/api/v1/messages/conversations",
                Map.of("participantId", to.userId()), from.token(), corr("conversation-" + from.name())), 200, 201).text("id");
        String path = "/api/v1/messages/conversations/" + conversation + "/messages";
        step.expect("message", messaging.send("POST", path, Map.of("body", message), from.token(), corr("message-" + from.name())), 201);
        step.expect("answer", messaging.send("POST", path, Map.of("body", answer), to.token(), corr("message-" + to.name())), 201);
    }

    private void milestoneEscrow(Person customer, Person artisan, String booking) {
        step.say("A contract in two milestones: escrow funded in two payments, released milestone by milestone");
        String escrow = contract(customer, artisan, booking, "contract-1", List.of(
                Map.of("title", "Strip the old tiles", "amount", "40000.00"), Map.of("title", "Lay the new tiles", "amount", "60000.00")));
        fund(customer, escrow, "50000.00", "escrow-1-fund-a");
        fund(customer, escrow, "50000.00", "escrow-1-fund-b");
        for (int milestone = 1; milestone <= 2; milestone++) {
            step.expect("release", transactions.send("POST", "/api/v1/escrow/" + escrow + "/milestones/" + milestone + "/release",
                    null, customer.token(), corr("escrow-1-release-" + milestone)), 200);
        }
    }

    private void refundedEscrow(Person customer, Person artisan, String booking) {
        step.say(customer.name() + " funds part of an escrow, then withdraws: refund");
        String escrow = contract(customer, artisan, booking, "contract-2", List.of(Map.of("title", "Rewire the flat", "amount", "120000.00")));
        fund(customer, escrow, "30000.00", "escrow-2-fund");
        step.expect("refund", transactions.send("POST", "/api/v1/escrow/" + escrow + "/refund",
                Map.of("reason", "Plans changed, the flat is being sold"), customer.token(), corr("escrow-2-refund")), 200);
    }

    private void disputedEscrow(Person customer, Person artisan, String booking) {
        step.say(customer.name() + " disputes a funded escrow; it is escalated, then the admin resolves it");
        String escrow = contract(customer, artisan, booking, "contract-3", List.of(Map.of("title", "Kitchen backsplash", "amount", "50000.00")));
        fund(customer, escrow, "50000.00", "escrow-3-fund");
        JsonHttp.Reply opened = step.expect("dispute", transactions.send("POST", "/api/v1/disputes", Map.of("escrowId", escrow,
                "category", "quality", "reason", "Several tiles are already loose"), customer.token(), corr("dispute-open")), 201);
        String dispute = opened.text("disputeId");
        Instant due = Instant.parse(opened.text("escalatesAfter"));
        if (due.isAfter(Instant.now().plus(EFFECT_WAIT))) {
            notDue.put(EventType.DISPUTE_ESCALATED, "this platform escalates the dispute from " + due
                    + " (KORRECT_DISPUTE_ESCALATION_DAYS); korrect demo --own-platform escalates at once");
            step.say("dispute.escalated is not due before " + due + " on this platform; the demo does not wait for it");
        } else if (!StoryStep.eventually(EFFECT_WAIT, () -> trail.saw(EventType.DISPUTE_ESCALATED))) {
            step.say("dispute.escalated not observed, although the dispute was due to escalate from " + due);
        }
        step.expect("resolve", transactions.send("POST", "/api/v1/disputes/" + dispute + "/resolve", Map.of("decision",
                "Half the tiles to be redone: split the escrow", "customerRefund", "20000.00", "artisanPayment", "30000.00"),
                admin, corr("dispute-resolve")), 200);
    }

    private String contract(Person customer, Person artisan, String booking, String correlation, List<Map<String, String>> milestones) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("artisanId", artisan.userId(), "milestones", milestones));
        if (booking != null) {
            body.put("bookingId", booking);
        }
        return step.expect("contract", transactions.send("POST", "/api/v1/contracts", body, customer.token(), corr(correlation)),
                201).body().path("escrow").path("escrowId").asText();
    }

    private void fund(Person customer, String escrow, String amount, String correlation) {
        step.expect("fund", transactions.send("POST", "/api/v1/escrow/" + escrow + "/fund", Map.of("amount", amount),
                customer.token(), corr(correlation)), 201);
    }

    private void checkEffects(Person ada, Person bola, Person chidi, Person dayo, String dayoProfile, String chidiProfile) {
        step.say("Looking for each consumer's effect through the services' APIs");
        inboxHas(ada, "welcome", "user.email_verified", "payment.failed", "payment.received", "booking.confirmed",
                "escrow.funded", "dispute.resolved");
        inboxHas(bola, "escrow.refunded", "booking.cancelled");
        inboxHas(chidi, "verification.rejected", "booking.cancelled", "message.sent");
        inboxHas(dayo, "verification.approved", "booking.created", "review.created", "escrow.released", "message.sent",
                "dispute.opened");
        inboxHas(new Person("the admin", "", admin), "verification.submitted", "dispute.opened", "dispute.escalated");
        effect("artisan: Dayo's figures count the booking, the completed job and the 5-star review",
                StoryStep.eventually(EFFECT_WAIT, () -> {
                    JsonNode figures = profileView(dayo, dayoProfile).path("figures");
                    return figures.path("bookingCount").asLong() == 1 && figures.path("completedJobs").asLong() == 1
                            && figures.path("reviewCount").asLong() == 1 && figures.path("averageRating").asDouble() == 5.0;
                }), "");
        effect("artisan: Chidi's cancellation counts against him and his profile shows his new last name",
                StoryStep.eventually(EFFECT_WAIT, () -> {
                    JsonNode view = profileView(chidi, chidiProfile);
                    return view.path("figures").path("artisanCancellations").asLong() == 1
                            && "Ezeh".equals(view.path("owner").path("lastName").asText());
                }), "");
    }

    private void deleteAccount(Person bola, Person chidi, String cancelledBooking) {
        step.say("Bola deletes her account (user.deleted): every service erases her data");
        step.expect("delete", users.send("DELETE", "/api/v1/account/me", null, bola.token(), corr("delete-Bola")), 204);
        effect("users: Bola's account is gone", StoryStep.eventually(EFFECT_WAIT, () ->
                users.send("GET", "/api/v1/account/" + bola.userId(), null, admin, null).status() == 404), "");
        effect("messaging: Bola's messages are erased, Chidi's kept", StoryStep.eventually(EFFECT_WAIT, () -> {
            JsonHttp.Reply list = messaging.send("GET", "/api/v1/messages/conversations", null, chidi.token(), null);
            for (JsonNode conversation : list.body().path("conversations")) {
                JsonNode messages = messaging.send("GET", "/api/v1/messages/conversations/" + conversation.path("id").asText()
                        + "/messages", null, chidi.token(), null).body().path("messages");
                boolean hers = false;
                boolean erased = true;
                for (JsonNode message : messages) {
                    if (bola.userId().equals(message.path("senderId").asText())) {
                        hers = true;
                        erased &= message.path("erased").asBoolean() && message.path("body").isNull();
                    }
                }
                if (hers) {
                    return erased;
                }
            }
            return false;
        }), "");
        effect("transaction: Bola's booking stays, without her address", StoryStep.eventually(EFFECT_WAIT, () -> {
            JsonNode booking = transactions.send("GET", "/api/v1/bookings/" + cancelledBooking, null, admin, null).body();
            return "cancelled".equals(booking.path("status").asText()) && booking.path("address").isNull();
        }), "");
        effect("platform: Bola's notifications no longer name her", StoryStep.eventually(EFFECT_WAIT, () -> {
            JsonNode list = platform.send("GET", "/api/v1/notifications?limit=100&userId=" + bola.userId(), null, admin, null).body();
            return list.path("notifications").size() > 0 && !list.toString().contains("Adeyemi") && !list.toString().contains(run);
        }), "");
    }

    private void inboxHas(Person person, String... kinds) {
        for (String kind : kinds) {
            if (EventType.fromWireName(kind).filter(notDue::containsKey).isPresent()) {
                continue;
            }
            effect("platform: " + person.name() + "'s inbox has the " + kind + " notification", StoryStep.eventually(EFFECT_WAIT, () -> {
                for (JsonNode notification : inbox(person)) {
                    if (kind.equals(notification.path("kind").asText())) {
                        return true;
                    }
                }
                return false;
            }), "");
        }
    }

    private JsonNode inbox(Person person) {
        return platform.send("GET", "/api/v1/notifications?limit=100", null, person.token(), null).body().path("notifications");
    }

    private JsonNode profileView(Person viewer, String profileId) {
        return artisans.send("GET", "/api/v1/artisans/" + profileId, null, viewer.token(), null).body();
    }

    /** The event types the story could not expect on this platform, with the reason; empty on the demo's own. */
    Map<EventType, String> notDue() {
        return Map.copyOf(notDue);
    }

    private void effect(String description, boolean observed, String hint) {
        effects.add(new DemoSummary.Effect(description, observed, hint));
    }

    private String corr(String stepName) {
        return "demo-" + run + "-" + stepName;
    }
}
