package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.figures;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.VerificationApproved;
import ng.korrect.catalog.payload.VerificationRejected;
import ng.korrect.catalog.payload.VerificationSubmitted;
import ng.korrect.service.testing.ApiClient;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VerificationApiIT {

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, ArtisanService::new);

    private static final Map<String, Object> DOCUMENTS =
            Map.of("documents", List.of("https://docs.example/ng-id-front.jpg", "Trade certificate no. 4411"));

    @Test
    void shouldPublishVerificationSubmittedWithEveryFieldAndMarkTheProfilePending() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);

        ApiResponse submitted = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).withHeader("X-Correlation-Id", "verify-corr-1")
                .post("/api/v1/verification/applications", DOCUMENTS);

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String applicationId = submitted.body().path("applicationId").asText();
        assertThat(submitted.body().path("status").asText()).isEqualTo("pending");
        assertThat(submitted.body().path("documents")).hasSize(2);
        Event<VerificationSubmitted> event = ARTISAN.awaitEvent(VerificationSubmitted.class,
                p -> p.applicationId().equals(applicationId));
        assertThat(event.payload()).isEqualTo(new VerificationSubmitted(applicationId, profileId, artisanUserId));
        assertThat(event.source()).isEqualTo("artisan");
        assertThat(event.correlationId()).contains("verify-corr-1");
        assertThat(verificationStatus(profileId)).isEqualTo("pending");
    }

    @Test
    void shouldPublishVerificationApprovedAndVerifyTheProfile() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);
        String adminId = newId("admin");

        ApiResponse approved = admin(adminId).withHeader("X-Correlation-Id", "verify-corr-2")
                .post("/api/v1/verification/applications/" + applicationId + "/approve", Map.of());

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("approved");
        assertThat(approved.body().path("decidedBy").asText()).isEqualTo(adminId);
        Event<VerificationApproved> event = ARTISAN.awaitEvent(VerificationApproved.class,
                p -> p.applicationId().equals(applicationId));
        assertThat(event.payload()).isEqualTo(new VerificationApproved(applicationId, profileId, artisanUserId));
        assertThat(event.source()).isEqualTo("artisan");
        assertThat(event.correlationId()).contains("verify-corr-2");
        assertThat(verificationStatus(profileId)).isEqualTo("verified");
        assertThat(figures(ARTISAN, profileId).path("trustScore").asDouble()).isEqualTo(55.0);
    }

    @Test
    void shouldPublishVerificationRejectedWithTheReasonAndLetTheArtisanApplyAgain() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);

        ApiResponse rejected = admin(newId("admin")).withHeader("X-Correlation-Id", "verify-corr-3")
                .post("/api/v1/verification/applications/" + applicationId + "/reject",
                        Map.of("reason", "The ID photo is unreadable"));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.body().path("rejectionReason").asText()).isEqualTo("The ID photo is unreadable");
        Event<VerificationRejected> event = ARTISAN.awaitEvent(VerificationRejected.class,
                p -> p.applicationId().equals(applicationId));
        assertThat(event.payload()).isEqualTo(new VerificationRejected(applicationId, profileId, artisanUserId,
                "The ID photo is unreadable"));
        assertThat(event.source()).isEqualTo("artisan");
        assertThat(event.correlationId()).contains("verify-corr-3");
        assertThat(verificationStatus(profileId)).isEqualTo("rejected");
        ApiResponse again = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/verification/applications", DOCUMENTS);
        assertThat(again.status()).isEqualTo(201);
        assertThat(verificationStatus(profileId)).isEqualTo("pending");
    }

    @Test
    void shouldRefuseDecidingAnApplicationTwice() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);
        ApiClient admin = admin(newId("admin"));
        assertThat(admin.post("/api/v1/verification/applications/" + applicationId + "/approve", Map.of()).status())
                .isEqualTo(200);

        ApiResponse approveAgain = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                admin.post("/api/v1/verification/applications/" + applicationId + "/approve", Map.of()));
        ApiResponse rejectAfter = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                admin.post("/api/v1/verification/applications/" + applicationId + "/reject", Map.of("reason", "late")));

        assertThat(approveAgain.status()).isEqualTo(409);
        assertThat(rejectAfter.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseANewApplicationWhilePendingOrOnceVerified() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);
        ApiClient artisan = ARTISAN.apiAs(artisanUserId, Role.ARTISAN);

        ApiResponse whilePending = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                artisan.post("/api/v1/verification/applications", DOCUMENTS));
        admin(newId("admin")).post("/api/v1/verification/applications/" + applicationId + "/approve", Map.of());
        ApiResponse onceVerified = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                artisan.post("/api/v1/verification/applications", DOCUMENTS));

        assertThat(whilePending.status()).isEqualTo(409);
        assertThat(onceVerified.status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAnApplicationWithoutAProfile() {
        ApiResponse refused = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).post("/api/v1/verification/applications", DOCUMENTS));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void shouldNameBadDocumentsAndRequireARejectionReason() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        ApiResponse noDocuments = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/verification/applications",
                        Map.of("documents", List.of("ok", ""))));
        String applicationId = submit(artisanUserId);
        ApiResponse noReason = ARTISAN.assertNothingWrittenOrPublishedBy(() -> admin(newId("admin"))
                .post("/api/v1/verification/applications/" + applicationId + "/reject", Map.of("reason", "  ")));

        assertThat(noDocuments.status()).isEqualTo(400);
        assertThat(noDocuments.badFields()).containsExactly("documents[1]");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.badFields()).containsExactly("reason");
    }

    @Test
    void shouldLetOnlyAdminsDecideAndOnlyArtisansApply() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);
        String approve = "/api/v1/verification/applications/" + applicationId + "/approve";

        ApiResponse byArtisan = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post(approve, Map.of()));
        ApiResponse anonymous = ARTISAN.assertNothingWrittenOrPublishedBy(() -> ARTISAN.api().post(approve, Map.of()));
        ApiResponse byCustomer = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                ARTISAN.apiAs(newId("customer"), Role.CUSTOMER).post("/api/v1/verification/applications", DOCUMENTS));
        ApiResponse unknown = ARTISAN.assertNothingWrittenOrPublishedBy(() ->
                admin(newId("admin")).post("/api/v1/verification/applications/" + newId("app") + "/approve", Map.of()));

        assertThat(byArtisan.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void shouldShowAnApplicationToItsArtisanAndAdminsOnly() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        String applicationId = submit(artisanUserId);
        String path = "/api/v1/verification/applications/" + applicationId;

        assertThat(ARTISAN.apiAs(artisanUserId, Role.ARTISAN).get(path).status()).isEqualTo(200);
        assertThat(admin(newId("admin")).get(path).body().path("userId").asText()).isEqualTo(artisanUserId);
        assertThat(ARTISAN.apiAs(newId("artisan"), Role.ARTISAN).get(path).status()).isEqualTo(403);
        assertThat(admin(newId("admin")).get("/api/v1/verification/applications?status=pending").body()
                .path("applications").findValuesAsText("applicationId")).contains(applicationId);
        assertThat(admin(newId("admin")).get("/api/v1/verification/applications?status=lost").status()).isEqualTo(400);
    }

    private static String submit(String artisanUserId) {
        ApiResponse submitted = ARTISAN.apiAs(artisanUserId, Role.ARTISAN).post("/api/v1/verification/applications", DOCUMENTS);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.body().path("applicationId").asText();
    }

    private static ApiClient admin(String adminId) {
        return ARTISAN.apiAs(adminId, Role.ADMIN);
    }

    private static String verificationStatus(String profileId) {
        return ARTISAN.apiAs(newId("reader"), Role.CUSTOMER).get("/api/v1/artisans/" + profileId).body()
                .path("verificationStatus").asText();
    }
}
