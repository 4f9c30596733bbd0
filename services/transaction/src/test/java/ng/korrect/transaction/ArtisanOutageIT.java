package ng.korrect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bookings while the artisan service, which checks their profile, fails. */
class ArtisanOutageIT {

    static final ArtisanStub ARTISANS = ArtisanStub.start();

    @RegisterExtension
    static final ServiceFixture<TransactionService> TRANSACTION = ServiceFixture.of(ServiceName.TRANSACTION,
            config -> new TransactionService(config, ARTISANS.settingsWith(Map.of()), Clock.systemUTC()));

    @Test
    void shouldAnswerUnavailableWithRetryAfterAndBookNothingWhileTheArtisanServiceFails() {
        String artisanId = "art-" + UUID.randomUUID();
        String profileId = "prof-" + UUID.randomUUID();
        ARTISANS.profile(profileId, artisanId);
        Map<String, Object> request = Map.of("artisanId", artisanId, "artisanProfileId", profileId, "service", "Tiling",
                "quotedPrice", 5000);
        ARTISANS.failWith(500);

        ApiResponse refused = TRANSACTION.assertNothingWrittenOrPublishedBy(() ->
                TRANSACTION.apiAs("cust-" + UUID.randomUUID(), Role.CUSTOMER).post("/api/v1/bookings", request));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.errorCode()).isEqualTo("unavailable");
        assertThat(refused.body().path("error").path("details").path("dependency").asText()).isEqualTo("artisan");
        assertThat(refused.headers().firstValue("Retry-After")).contains("5");

        ARTISANS.failWith(0);
        ApiResponse booked = TRANSACTION.apiAs("cust-" + UUID.randomUUID(), Role.CUSTOMER).post("/api/v1/bookings", request);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }
}
