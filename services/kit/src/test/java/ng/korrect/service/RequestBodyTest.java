package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ng.korrect.catalog.payload.Role;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void shouldNameEveryBadFieldBeforeFailing() {
        RequestBody body = RequestBody.parse("{\"email\":\"  \",\"role\":\"boss\",\"title\":42}");
        body.requiredText("email", 254);
        body.requiredEnum("role", Role.class);
        body.requiredText("title", 10);
        body.requiredText("firstName", 50);

        assertThatThrownBy(body::validate).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("validation_failed");
            assertThat(e.details()).asList().containsExactly(
                    new FieldProblem("email", "must not be blank"),
                    new FieldProblem("role", "must be one of [customer, artisan, admin]"),
                    new FieldProblem("title", "must be a string"),
                    new FieldProblem("firstName", "is required"));
        });
    }

    @Test
    void shouldReturnTheValuesOfAValidBody() {
        RequestBody body = RequestBody.parse("{\"email\":\" a@b.ng \",\"role\":\"artisan\"}");

        String email = body.check("email", body.requiredText("email", 254), text -> text.contains("@"), "bad");
        Role role = body.requiredEnum("role", Role.class);
        body.validate();

        assertThat(email).isEqualTo("a@b.ng");
        assertThat(role).isEqualTo(Role.ARTISAN);
        assertThat(body.optionalText("nickname", 10)).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        assertThatThrownBy(() -> RequestBody.parse("[1,2]")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> RequestBody.parse("{oops")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> RequestBody.parse("")).isInstanceOf(ApiException.class);
    }
}
