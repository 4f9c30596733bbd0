package ng.korrect.artisan;

import static ng.korrect.artisan.ArtisanTesting.createProfile;
import static ng.korrect.artisan.ArtisanTesting.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.Caller;
import ng.korrect.service.TokenVerifier;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserUpdatedIT {

    static final UsersStub USERS = UsersStub.start();

    @RegisterExtension
    static final ServiceFixture<ArtisanService> ARTISAN = ServiceFixture.of(ServiceName.ARTISAN, config ->
            new ArtisanService(config, ArtisanSettings.fromMap(Map.of(ArtisanSettings.USERS_URL, USERS.url(),
                    ArtisanSettings.USERS_TIMEOUT_MS, "500", ArtisanSettings.USERS_ATTEMPTS, "2")), Clock.systemUTC()));

    @Test
    void shouldCopyTheOwnersNewNamesFromUsersWithAnAdminTokenOfTheService() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        USERS.answer(artisanUserId, "Adebayo", "Okafor");

        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName", "lastName")), ServiceName.USERS);

        JsonNode owner = awaitOwner(profileId, "Adebayo", "Okafor");
        assertThat(owner.path("lastName").asText()).isEqualTo("Okafor");
        String authorization = USERS.authorizations().get(USERS.paths().indexOf("/api/v1/account/" + artisanUserId));
        Caller caller = new TokenVerifier(ServiceFixture.JWT_SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())
                .verify(authorization.substring("Bearer ".length()));
        assertThat(caller).isEqualTo(new Caller(ArtisanService.SERVICE_IDENTITY, Role.ADMIN));
    }

    @Test
    void shouldCopyOnlyTheFieldsThatChanged() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        USERS.answer(artisanUserId, "Ngozi", "Eze");
        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName", "lastName")), ServiceName.USERS);
        awaitOwner(profileId, "Ngozi", "Eze");
        USERS.answer(artisanUserId, "Changed", "Obi");

        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("lastName")), ServiceName.USERS);

        awaitOwner(profileId, "Ngozi", "Obi");
    }

    @Test
    void shouldNotAskUsersWhenNoCopiedFieldChangedOrTheUserHasNoProfile() {
        String artisanUserId = newId("artisan");
        createProfile(ARTISAN, artisanUserId);
        String customerId = newId("customer");
        long handledBefore = handledCount();

        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("phone")), ServiceName.USERS);
        ARTISAN.publish(new UserUpdated(artisanUserId, List.of()), ServiceName.USERS); // the original's "nothing changed"
        ARTISAN.publish(new UserUpdated(customerId, List.of("firstName")), ServiceName.USERS);

        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.redis().xpending("korrect:events:user.updated", "artisan")
                .getCount() == 0 && ARTISAN.redis().xlen("korrect:events:user.updated") >= 3);
        assertThat(handledCount()).isEqualTo(handledBefore);
        assertThat(ARTISAN.redis().xlen("korrect:dlq:user.updated")).isZero();
        assertThat(USERS.paths()).doesNotContain("/api/v1/account/" + artisanUserId, "/api/v1/account/" + customerId);
    }

    @Test
    void shouldApplyAnUpdateReceivedWhileUsersWasDownOnceUsersIsBack() {
        String artisanUserId = newId("artisan");
        String profileId = createProfile(ARTISAN, artisanUserId);
        USERS.answer(artisanUserId, "Tunde", "Bakare");
        ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName")), ServiceName.USERS);
        awaitOwner(profileId, "Tunde", null);

        USERS.stop();
        USERS.answer(artisanUserId, "Babatunde", "Bakare");
        Event<UserUpdated> whileDown = ARTISAN.publish(new UserUpdated(artisanUserId, List.of("firstName")),
                ServiceName.USERS);
        await().atMost(ArtisanTesting.WAIT).until(() -> ARTISAN.redis()
                .xpending("korrect:events:user.updated", "artisan").getCount() == 1);
        try {
            Thread.sleep(1_500); // several deliveries fail while Users is down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(owner(profileId).path("firstName").asText()).isEqualTo("Tunde");
        USERS.restart();

        awaitOwner(profileId, "Babatunde", null);
        assertThat(ARTISAN.redis().xlen("korrect:dlq:user.updated")).isZero();
        assertThat(ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE CAST(event_id AS VARCHAR(36)) = ?",
                whileDown.id().toString())).isEqualTo(1);
    }

    private static long handledCount() {
        return ARTISAN.count("SELECT COUNT(*) FROM korrect_handled_events WHERE group_name = 'artisan'");
    }

    private static JsonNode owner(String profileId) {
        return ARTISAN.apiAs(newId("reader"), Role.CUSTOMER).get("/api/v1/artisans/" + profileId).body().path("owner");
    }

    private static JsonNode awaitOwner(String profileId, String firstName, String lastName) {
        return await().atMost(ArtisanTesting.WAIT).until(() -> owner(profileId), owner ->
                firstName.equals(owner.path("firstName").textValue())
                        && (lastName == null || lastName.equals(owner.path("lastName").textValue())));
    }
}
