package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.testing.ApiResponse;
import ng.korrect.service.testing.ServiceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceFixtureIT {

    @RegisterExtension
    static final ServiceFixture<SampleService> SAMPLE = ServiceFixture.of(ServiceName.USERS, SampleService::new);

    @Test
    void shouldReadBackTheEventThatARequestPublished() {
        ApiResponse created = SAMPLE.apiAs("user-41", Role.CUSTOMER)
                .post("/api/v1/notes", Map.of("title", "hello", "email", "u41@example.ng"));

        Event<UserDeleted> event = SAMPLE.awaitEvent(UserDeleted.class, payload -> payload.userId().equals("user-41"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(event.payload().email()).isEqualTo("u41@example.ng");
        assertThat(event.source()).isEqualTo("users");
        assertThat(SAMPLE.count("SELECT COUNT(*) FROM notes WHERE owner_id = ?", "user-41")).isEqualTo(1);
    }

    @Test
    void shouldPassTheNothingWrittenCheckOnlyWhenNothingWasWritten() {
        ApiResponse refused = SAMPLE.assertNothingWrittenOrPublishedBy(() ->
                SAMPLE.apiAs("user-42", Role.CUSTOMER).post("/api/v1/notes", Map.of("title", "no email")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.badFields()).containsExactly("email");
        assertThatThrownBy(() -> SAMPLE.assertNothingWrittenOrPublishedBy(() -> SAMPLE.apiAs("user-43", Role.CUSTOMER)
                .post("/api/v1/notes", Map.of("title", "written", "email", "u43@example.ng"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("notes");
    }

    @Test
    void shouldRefuseRequestsWithoutAToken() {
        ApiResponse response = SAMPLE.api().post("/api/v1/notes", Map.of("title", "x", "email", "x@example.ng"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unauthorized");
    }
}
