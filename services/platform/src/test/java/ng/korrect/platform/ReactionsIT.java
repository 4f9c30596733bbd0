package ng.korrect.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.json.JsonObject;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.CancelledBy;
import ng.korrect.catalog.payload.DisputeEscalated;
import ng.korrect.catalog.payload.DisputeOpened;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.EscrowFunded;
import ng.korrect.catalog.payload.EscrowRefunded;
import ng.korrect.catalog.payload.EscrowReleased;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.PaymentFailed;
import ng.korrect.catalog.payload.PaymentReceived;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserCreated;
import ng.korrect.catalog.payload.UserEmailVerified;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;
import ng.korrect.platform.PlatformTesting.Published;
import ng.korrect.platform.PlatformTesting.TestUser;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each event type the catalog gives the platform, published as its producer would, observed through
 * the inbox and deliveries APIs (embedded default: every channel records its deliveries in the database).
 */
class ReactionsIT {

    @RegisterExtension
    static final ServiceFixture<PlatformService> PLATFORM = ServiceFixture.of(ServiceName.PLATFORM,
            config -> new PlatformService(config, PlatformSettings.fromMap(Map.of("KORRECT_DELIVERY_POLL_MS", "50")),
                    Clock.systemUTC()));

    private final PlatformTesting platform = new PlatformTesting(PLATFORM);

    @Test
    void shouldReadExactlyTheTwentyStreamsTheCatalogGivesThePlatform() {
        java.util.Set<ng.korrect.catalog.EventType> expected = java.util.Arrays.stream(ng.korrect.catalog.EventType.values())
                .filter(type -> type.consumers().stream().anyMatch(reaction -> reaction.service() == ServiceName.PLATFORM))
                .collect(java.util.stream.Collectors.toSet());

        java.util.Set<ng.korrect.catalog.EventType> read = java.util.Arrays.stream(ng.korrect.catalog.EventType.values())
                .filter(type -> PLATFORM.redis().exists(type.streamKey()) > 0)
                .filter(type -> PLATFORM.redis().xinfoGroups(type.streamKey()).stream()
                        .anyMatch(group -> ((List<?>) group).contains(ServiceName.PLATFORM.wireName())))
                .collect(java.util.stream.Collectors.toSet());

        assertThat(expected).hasSize(20);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void shouldWelcomeANewUserInTheInboxAndByEmail() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        JsonNode welcome = platform.awaitNotification(ada, "welcome");
        assertThat(welcome.path("title").asText()).isEqualTo("Welcome to KorrectNG, Ada!");
        assertThat(welcome.path("read").asBoolean()).isFalse();
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(ada.userId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("channel").asText()).isEqualTo("email");
            assertThat(delivery.path("address").asText()).isEqualTo(ada.email());
            assertThat(delivery.path("status").asText()).isEqualTo("delivered");
            assertThat(delivery.path("notificationId").asText()).isEqualTo(welcome.path("id").asText());
        });
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM recorded_messages WHERE user_id = ? AND channel = 'email' "
                + "AND address = ?", ada.userId(), ada.email())).isEqualTo(1);
    }

    @Test
    void shouldConfirmAVerifiedEmailAndMarkTheLinkNotificationRead() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.EMAIL, "Confirm your email address",
                "Open this link", Optional.of(JsonObject.of(Map.of("purpose", new JsonString("email_verification"))))),
                ServiceName.USERS);
        assertThat(platform.awaitNotification(ada, "email_verification").path("read").asBoolean()).isFalse();

        platform.publishAndAwait(new UserEmailVerified(ada.userId(), ada.email()), ServiceName.USERS);

        JsonNode verified = platform.awaitNotification(ada, "user.email_verified");
        assertThat(verified.path("title").asText()).isEqualTo("Email address verified");
        assertThat(verified.path("body").asText()).contains(ada.email());
        assertThat(platform.awaitNotification(ada, "email_verification").path("read").asBoolean()).isTrue();
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM known_users WHERE user_id = ? AND email_verified = TRUE",
                ada.userId())).isEqualTo(1);
    }

    @Test
    void shouldTellTheArtisanOfANewBookingByNameAndChannel() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(booking(ada, musa, PlatformTesting.id("booking"), "Fix a leaking tap"), ServiceName.TRANSACTION);

        JsonNode request = platform.awaitNotification(musa, "booking.created");
        assertThat(request.path("title").asText()).isEqualTo("New booking request");
        assertThat(request.path("body").asText()).startsWith("Ada Obi booked you for \u201CFix a leaking tap\u201D");
        assertThat(platform.notificationsOf(ada, "booking.created")).isEmpty();
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(musa.userId())).filteredOn(d -> !d.path("channel").asText().equals("email")
                        || d.path("notificationId").asText().equals(request.path("id").asText()))
                .extracting(d -> d.path("channel").asText()).contains("push", "email");
    }

    @Test
    void shouldSendCompletionNoticesToBothPartiesWithTheFinalPriceInNaira() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String bookingId = PlatformTesting.id("booking");
        platform.publishAndAwait(booking(ada, musa, bookingId, "Paint the gate"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new BookingConfirmed(bookingId, ada.userId(), musa.userId(), new BigDecimal("250000")),
                ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(ada, "booking.confirmed").path("body").asText())
                .isEqualTo("Your booking for \u201CPaint the gate\u201D with Musa Bello is complete. Final price: "
                        + "\u20A6250,000.00. You can now leave a review.");
        assertThat(platform.awaitNotification(musa, "booking.confirmed").path("body").asText())
                .contains("Ada Obi", "\u20A6250,000.00");
    }

    @Test
    void shouldSendCancellationNoticesToWhoCancelledAndToTheOtherPartyWithTheReason() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String bookingId = PlatformTesting.id("booking");
        platform.publishAndAwait(booking(ada, musa, bookingId, "Fix the roof"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new BookingCancelled(bookingId, ada.userId(), musa.userId(), CancelledBy.ARTISAN,
                Optional.of("I am ill this week")), ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(ada, "booking.cancelled").path("body").asText())
                .isEqualTo("Musa Bello cancelled the booking for \u201CFix the roof\u201D. Reason: I am ill this week.");
        assertThat(platform.awaitNotification(musa, "booking.cancelled").path("body").asText())
                .isEqualTo("You cancelled the booking for \u201CFix the roof\u201D with Ada Obi.");
    }

    @Test
    void shouldTellTheProfileOwnerOfANewReview() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String profileId = PlatformTesting.id("profile");
        platform.publishAndAwait(new BookingCreated(PlatformTesting.id("booking"), ada.userId(), musa.userId(), profileId,
                "Tiling", "pending"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new ReviewCreated(PlatformTesting.id("review"), profileId, ada.userId(), 4, "Neat work"),
                ServiceName.ARTISAN);

        JsonNode review = platform.awaitNotification(musa, "review.created");
        assertThat(review.path("title").asText()).isEqualTo("New 4-star review");
        assertThat(review.path("body").asText()).isEqualTo("Ada Obi rated you 4 out of 5: \u201CNeat work\u201D.");
    }

    @Test
    void shouldTellTheRealOwnerOfAReviewedProfileOnceTheArtisanServiceCorrectsWhatABookingClaimed() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        TestUser mallory = platform.user(Role.ARTISAN, "Mal", "Lory");
        String profileId = PlatformTesting.id("profile");
        platform.publishAndAwait(new BookingCreated(PlatformTesting.id("booking"), ada.userId(), mallory.userId(),
                profileId, "Tiling", "pending"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new VerificationApproved(PlatformTesting.id("application"), profileId, musa.userId()),
                ServiceName.ARTISAN);
        platform.publishAndAwait(new ReviewCreated(PlatformTesting.id("review"), profileId, ada.userId(), 5, "Great"),
                ServiceName.ARTISAN);

        assertThat(platform.awaitNotification(musa, "review.created").path("title").asText())
                .isEqualTo("New 5-star review");
        assertThat(platform.notificationsOf(mallory, "review.created")).isEmpty();
    }

    @Test
    void shouldKeepTheOwnerTheArtisanServiceToldWhateverALaterBookingNames() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        TestUser mallory = platform.user(Role.ARTISAN, "Mal", "Lory");
        String profileId = PlatformTesting.id("profile");
        platform.publishAndAwait(new VerificationApproved(PlatformTesting.id("application"), profileId, musa.userId()),
                ServiceName.ARTISAN);

        platform.publishAndAwait(new BookingCreated(PlatformTesting.id("booking"), ada.userId(), mallory.userId(),
                profileId, "Tiling", "pending"), ServiceName.TRANSACTION);
        platform.publishAndAwait(new ReviewCreated(PlatformTesting.id("review"), profileId, ada.userId(), 2, "Late"),
                ServiceName.ARTISAN);

        platform.awaitNotification(musa, "review.created");
        assertThat(platform.notificationsOf(mallory, "review.created")).isEmpty();
    }

    @Test
    void shouldConfirmAReceivedPaymentToTheCustomer() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String bookingId = PlatformTesting.id("booking");
        platform.publishAndAwait(booking(ada, musa, bookingId, "Wiring"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new PaymentReceived(PlatformTesting.id("payment"), bookingId, ada.userId(),
                new BigDecimal("1234567.5"), "PSK-778"), ServiceName.TRANSACTION);

        JsonNode payment = platform.awaitNotification(ada, "payment.received");
        assertThat(payment.path("body").asText()).isEqualTo("We received your payment of \u20A61,234,567.50 for "
                + "\u201CWiring\u201D with Musa Bello. Reference: PSK-778.");
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(ada.userId())).filteredOn(d -> d.path("notificationId").asText()
                .equals(payment.path("id").asText())).extracting(d -> d.path("channel").asText())
                .containsExactlyInAnyOrder("push", "email");
    }

    @Test
    void shouldTellTheCustomerOfAFailedPaymentWithTheReason() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String bookingId = PlatformTesting.id("booking");
        platform.publishAndAwait(booking(ada, musa, bookingId, "Wiring"), ServiceName.TRANSACTION);

        platform.publishAndAwait(new PaymentFailed(bookingId, ada.userId(), new BigDecimal("5000"), "card declined"),
                ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(ada, "payment.failed").path("body").asText())
                .startsWith("Your payment of \u20A65,000.00 for \u201CWiring\u201D did not go through: card declined.");
    }

    @Test
    void shouldTellBothPartiesThatTheEscrowIsFunded() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(new EscrowFunded(PlatformTesting.id("escrow"), "contract-9", ada.userId(), musa.userId(),
                new BigDecimal("300000")), ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(ada, "escrow.funded").path("body").asText())
                .isEqualTo("\u20A6300,000.00 for contract contract-9 is now held safely in escrow. Musa Bello can start the work.");
        assertThat(platform.awaitNotification(musa, "escrow.funded").path("body").asText())
                .startsWith("Ada Obi funded \u20A6300,000.00 in escrow for contract contract-9.");
    }

    @Test
    void shouldTellTheArtisanOfAReleasedMilestone() {
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(new EscrowReleased(PlatformTesting.id("escrow"), "contract-9", 2, new BigDecimal("75000.25"),
                musa.userId()), ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(musa, "escrow.released").path("body").asText())
                .isEqualTo("\u20A675,000.25 was released to you for milestone 2 of contract contract-9.");
    }

    @Test
    void shouldTellTheCustomerOfARefundWithTheReason() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        platform.publishAndAwait(new EscrowRefunded(PlatformTesting.id("escrow"), "contract-9", ada.userId(),
                new BigDecimal("1000"), "the job was cancelled"), ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(ada, "escrow.refunded").path("body").asText())
                .isEqualTo("\u20A61,000.00 held in escrow for contract contract-9 was refunded to you. Reason: the job was cancelled.");
    }

    @Test
    void shouldAlertTheAdminsAndTellTheArtisanOfAnOpenedDispute() {
        TestUser admin = platform.user(Role.ADMIN, "Zainab", "Yusuf");
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(disputeOpened(PlatformTesting.id("dispute"), ada, musa), ServiceName.TRANSACTION);

        assertThat(platform.awaitNotification(admin, "dispute.opened").path("body").asText())
                .startsWith("Ada Obi and Musa Bello are in dispute over contract contract-7 (quality): the tiles are cracked.");
        assertThat(platform.awaitNotification(musa, "dispute.opened").path("body").asText())
                .startsWith("Ada Obi opened a dispute over contract contract-7 (quality)");
        assertThat(platform.notificationsOf(ada, "dispute.opened")).isEmpty();
    }

    @Test
    void shouldTellBothPartiesOfAResolutionFromTheDisputeTheyOpened() {
        platform.user(Role.ADMIN, "Zainab", "Yusuf");
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String disputeId = PlatformTesting.id("dispute");
        platform.publishAndAwait(disputeOpened(disputeId, ada, musa), ServiceName.TRANSACTION);

        platform.publishAndAwait(new DisputeResolved(disputeId, "contract-7", "split",
                Optional.of(new BigDecimal("40000")), Optional.of(new BigDecimal("60000"))), ServiceName.TRANSACTION);

        String expected = "The dispute over contract contract-7 was resolved: split. Refund to the customer: \u20A640,000.00. "
                + "Payment to the artisan: \u20A660,000.00.";
        assertThat(platform.awaitNotification(ada, "dispute.resolved").path("body").asText()).isEqualTo(expected);
        assertThat(platform.awaitNotification(musa, "dispute.resolved").path("body").asText()).isEqualTo(expected);
    }

    @Test
    void shouldSendAnUrgentAlertToEveryAdminOfAnEscalatedDispute() {
        TestUser zainab = platform.user(Role.ADMIN, "Zainab", "Yusuf");
        TestUser tunde = platform.user(Role.ADMIN, "Tunde", "Ade");
        String disputeId = PlatformTesting.id("dispute");

        platform.publishAndAwait(new DisputeEscalated(disputeId, "unresolved for too long", 8), ServiceName.TRANSACTION);

        for (TestUser admin : List.of(zainab, tunde)) {
            JsonNode alert = platform.awaitNotification(admin, "dispute.escalated");
            assertThat(alert.path("urgent").asBoolean()).isTrue();
            assertThat(alert.path("title").asText()).isEqualTo("URGENT: dispute open for 8 days");
            assertThat(alert.path("body").asText()).contains(disputeId, "unresolved for too long");
            platform.awaitDeliveriesSettled();
            assertThat(platform.deliveries(admin.userId())).filteredOn(d -> d.path("notificationId").asText()
                    .equals(alert.path("id").asText())).extracting(d -> d.path("channel").asText())
                    .containsExactlyInAnyOrder("push", "email");
        }
    }

    @Test
    void shouldTellTheAdminsOfASubmittedVerification() {
        TestUser admin = platform.user(Role.ADMIN, "Zainab", "Yusuf");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String applicationId = PlatformTesting.id("application");

        platform.publishAndAwait(new VerificationSubmitted(applicationId, PlatformTesting.id("profile"), musa.userId()),
                ServiceName.ARTISAN);

        assertThat(platform.awaitNotification(admin, "verification.submitted").path("body").asText())
                .isEqualTo("Musa Bello applied for verification (application " + applicationId + "). Please review the application.");
    }

    @Test
    void shouldCongratulateTheArtisanOnAnApprovedVerification() {
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(new VerificationApproved(PlatformTesting.id("application"), PlatformTesting.id("profile"),
                musa.userId()), ServiceName.ARTISAN);

        assertThat(platform.awaitNotification(musa, "verification.approved").path("title").asText())
                .isEqualTo("Congratulations, you are verified!");
    }

    @Test
    void shouldTellTheArtisanWhyTheVerificationWasRejected() {
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(new VerificationRejected(PlatformTesting.id("application"), PlatformTesting.id("profile"),
                musa.userId(), "the ID card is unreadable"), ServiceName.ARTISAN);

        assertThat(platform.awaitNotification(musa, "verification.rejected").path("body").asText())
                .isEqualTo("Your verification application was not approved: the ID card is unreadable. You can correct it and apply again.");
    }

    @Test
    void shouldTellTheRecipientOfAMessageByPush() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");

        platform.publishAndAwait(new MessageSent(PlatformTesting.id("message"), PlatformTesting.id("conversation"),
                ada.userId(), musa.userId()), ServiceName.MESSAGING);

        JsonNode message = platform.awaitNotification(musa, "message.sent");
        assertThat(message.path("title").asText()).isEqualTo("New message from Ada Obi");
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(musa.userId())).filteredOn(d -> d.path("notificationId").asText()
                .equals(message.path("id").asText())).singleElement().satisfies(push -> {
                    assertThat(push.path("channel").asText()).isEqualTo("push");
                    assertThat(push.path("address").asText()).isEqualTo(musa.userId());
                    assertThat(push.path("status").asText()).isEqualTo("delivered");
                });
        assertThat(platform.notificationsOf(ada, "message.sent")).isEmpty();
    }

    @Test
    void shouldDeliverANotificationSendThroughTheChannelItNames() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.EMAIL, "Your receipt", "Thanks!",
                Optional.of(JsonObject.of(Map.of("receiptId", new JsonString("r-1"))))), ServiceName.TRANSACTION);

        JsonNode direct = platform.awaitNotification(ada, "direct");
        assertThat(direct.path("title").asText()).isEqualTo("Your receipt");
        assertThat(direct.path("data").path("receiptId").asText()).isEqualTo("r-1");
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(ada.userId())).filteredOn(d -> d.path("notificationId").asText()
                .equals(direct.path("id").asText())).singleElement().satisfies(email -> {
                    assertThat(email.path("channel").asText()).isEqualTo("email");
                    assertThat(email.path("address").asText()).isEqualTo(ada.email());
                    assertThat(email.path("status").asText()).isEqualTo("delivered");
                });
    }

    @Test
    void shouldFailAnSmsVisiblyWhenTheUserHasNoPhoneNumber() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");

        platform.publishAndAwait(new NotificationSend(ada.userId(), NotificationType.SMS, "Code", "Your code is 1234",
                Optional.empty()), ServiceName.USERS);

        JsonNode failed = await().atMost(PlatformTesting.WAIT).until(() -> platform.deliveries(ada.userId()).stream()
                .filter(d -> d.path("channel").asText().equals("sms")).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("lastError").asText()).isEqualTo("the user has no phone number on record");
    }

    @Test
    void shouldNotifyOnceWhenAnEventIsDeliveredTwice() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        Published<BookingCreated> first = platform.publishAndAwait(booking(ada, musa, PlatformTesting.id("booking"), "Plumbing"),
                ServiceName.TRANSACTION);

        platform.awaitHandled(platform.republish(first.event(), ServiceName.TRANSACTION));

        assertThat(platform.notificationsOf(musa, "booking.created")).hasSize(1);
        assertThat(PLATFORM.count("SELECT COUNT(*) FROM deliveries d JOIN notifications n ON n.id = d.notification_id "
                + "WHERE n.source_event_id = ?", first.event().id().toString())).isEqualTo(2);
    }

    @Test
    void shouldRetryADisputeResolutionUntilItsOpeningHasArrived() {
        platform.user(Role.ADMIN, "Zainab", "Yusuf");
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String disputeId = PlatformTesting.id("dispute");
        Published<DisputeResolved> resolved = platform.publish(new DisputeResolved(disputeId, "contract-7", "refund in full",
                Optional.of(new BigDecimal("100000")), Optional.empty()), ServiceName.TRANSACTION);
        await().atMost(PlatformTesting.WAIT).until(() -> PLATFORM.redis().xpending(resolved.receipt().type().streamKey(),
                "platform").getCount() > 0);
        assertThat(platform.notificationsOf(ada, "dispute.resolved")).isEmpty();

        platform.publishAndAwait(disputeOpened(disputeId, ada, musa), ServiceName.TRANSACTION);

        platform.awaitHandled(resolved);
        assertThat(platform.awaitNotification(ada, "dispute.resolved").path("body").asText())
                .isEqualTo("The dispute over contract contract-7 was resolved: refund in full. Refund to the customer: \u20A6100,000.00.");
        assertThat(platform.notificationsOf(musa, "dispute.resolved")).hasSize(1);
    }

    @Test
    void shouldRetryAReviewUntilTheProfileOwnerIsKnown() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String profileId = PlatformTesting.id("profile");
        Published<ReviewCreated> review = platform.publish(new ReviewCreated(PlatformTesting.id("review"), profileId,
                ada.userId(), 5, "Superb"), ServiceName.ARTISAN);
        await().atMost(PlatformTesting.WAIT).until(() -> PLATFORM.redis().xpending(review.receipt().type().streamKey(),
                "platform").getCount() > 0);

        platform.publishAndAwait(new VerificationApproved(PlatformTesting.id("application"), profileId, musa.userId()),
                ServiceName.ARTISAN);

        platform.awaitHandled(review);
        assertThat(platform.notificationsOf(musa, "review.created")).singleElement()
                .satisfies(notice -> assertThat(notice.path("title").asText()).isEqualTo("New 5-star review"));
    }

    @Test
    void shouldRetryAPaymentUntilItsBookingIsKnown() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        TestUser musa = platform.user(Role.ARTISAN, "Musa", "Bello");
        String bookingId = PlatformTesting.id("booking");
        Published<PaymentReceived> payment = platform.publish(new PaymentReceived(PlatformTesting.id("payment"), bookingId,
                ada.userId(), new BigDecimal("20000"), "PSK-1"), ServiceName.TRANSACTION);
        await().atMost(PlatformTesting.WAIT).until(() -> PLATFORM.redis().xpending(payment.receipt().type().streamKey(),
                "platform").getCount() > 0);

        platform.publishAndAwait(booking(ada, musa, bookingId, "Carpentry"), ServiceName.TRANSACTION);

        platform.awaitHandled(payment);
        assertThat(platform.notificationsOf(ada, "payment.received")).singleElement()
                .satisfies(notice -> assertThat(notice.path("body").asText()).contains("Carpentry", "Musa Bello"));
    }

    @Test
    void shouldTellTheCustomerOfAPaymentWithoutBookingDetailsWhenNoBookingEverComes() {
        TestUser ada = platform.user(Role.CUSTOMER, "Ada", "Obi");
        String contractId = PlatformTesting.id("contract");

        Published<PaymentReceived> payment = platform.publish(new PaymentReceived(PlatformTesting.id("payment"), contractId,
                ada.userId(), new BigDecimal("60000"), "PSK-2"), ServiceName.TRANSACTION);

        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !platform.notificationsOf(ada, "payment.received").isEmpty());
        assertThat(platform.notificationsOf(ada, "payment.received")).singleElement().satisfies(notice ->
                assertThat(notice.path("body").asText()).isEqualTo("We received your payment of \u20A660,000.00 for "
                        + contractId + " with your artisan. Reference: PSK-2."));
        assertThat(PLATFORM.redis().xlen("korrect:dlq:payment.received")).isZero();
        platform.awaitHandled(payment);
    }

    @Test
    void shouldRetryAnEmailToAUserUntilTheUserIsKnown() {
        String userId = PlatformTesting.id("customer");
        Published<NotificationSend> mail = platform.publish(new NotificationSend(userId, NotificationType.EMAIL,
                "Confirm your email address", "Open the link", Optional.empty()), ServiceName.USERS);
        await().atMost(PlatformTesting.WAIT).until(() -> PLATFORM.redis().xpending(mail.receipt().type().streamKey(),
                "platform").getCount() > 0);

        platform.publishAndAwait(new UserCreated(userId, userId + "@example.ng", "Chidi", "Eze", Role.CUSTOMER),
                ServiceName.USERS);

        platform.awaitHandled(mail);
        platform.awaitDeliveriesSettled();
        assertThat(platform.deliveries(userId)).filteredOn(d -> d.path("channel").asText().equals("email"))
                .extracting(d -> d.path("address").asText()).containsExactly(userId + "@example.ng", userId + "@example.ng");
        assertThat(platform.inbox(userId, Role.CUSTOMER)).extracting(n -> n.path("title").asText())
                .contains("Confirm your email address");
    }

    private static BookingCreated booking(TestUser customer, TestUser artisan, String bookingId, String service) {
        return new BookingCreated(bookingId, customer.userId(), artisan.userId(), PlatformTesting.id("profile"), service,
                "pending");
    }

    private static DisputeOpened disputeOpened(String disputeId, TestUser customer, TestUser artisan) {
        return new DisputeOpened(disputeId, "contract-7", PlatformTesting.id("escrow"), customer.userId(), artisan.userId(),
                "quality", "the tiles are cracked");
    }
}
