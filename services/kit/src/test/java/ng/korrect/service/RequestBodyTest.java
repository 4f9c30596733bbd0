package ng.korrect.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
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

    @Test
    void shouldReadAmountsExactlyWithoutPassingThroughADouble() {
        RequestBody body = RequestBody.parse("{\"price\":0.1,\"deposit\":\"2500.5\",\"big\":123456789.99}");

        assertThat(body.requiredAmount("price")).isEqualByComparingTo("0.10").hasToString("0.10");
        assertThat(body.requiredAmount("deposit")).hasToString("2500.50");
        assertThat(body.requiredAmount("big")).hasToString("123456789.99");
        assertThat(body.optionalAmount("tip")).isEmpty();
        body.validate();
    }

    @Test
    void shouldRefuseAmountsThatAreNotPositiveKoboExact() {
        RequestBody body = RequestBody.parse(
                "{\"zero\":0,\"negative\":-5,\"fraction\":1.005,\"text\":\"ten\",\"flag\":true,\"huge\":1e15}");
        for (String field : new String[] {"zero", "negative", "fraction", "text", "flag", "huge", "missing"}) {
            body.requiredAmount(field);
        }

        assertThat(body.problems()).containsExactly(
                new FieldProblem("zero", "must be more than 0"),
                new FieldProblem("negative", "must be more than 0"),
                new FieldProblem("fraction", "must have at most 2 decimals"),
                new FieldProblem("text", "must be a number"),
                new FieldProblem("flag", "must be a number"),
                new FieldProblem("huge", "must be at most 1000000000"),
                new FieldProblem("missing", "is required"));
    }

    @Test
    void shouldRefuseAnAmountAboveOneBillionThatTheDatabaseCouldNotSumUp() {
        RequestBody body = RequestBody.parse("{\"limit\":1000000000,\"above\":1000000000000}");

        assertThat(body.requiredAmount("limit")).isEqualByComparingTo("1000000000");
        assertThat(body.requiredAmount("above")).isNull();
        assertThat(body.problems()).containsExactly(new FieldProblem("above", "must be at most 1000000000"));
    }

    @Test
    void shouldRefuseTextWithNulCharactersOrHalfASurrogatePairAndKeepRealEmoji() {
        RequestBody body = RequestBody.parse("{\"nul\":\"Ada\\u0000Obi\",\"lone\":\"Ada \\ud800\",\"emoji\":\"Ada \\ud83d\\udd27\"}");

        assertThat(body.requiredText("nul", 100)).isNull();
        assertThat(body.requiredText("lone", 100)).isNull();
        assertThat(body.requiredText("emoji", 100)).isEqualTo("Ada \ud83d\udd27");
        assertThat(body.problems()).containsExactly(new FieldProblem("nul", "must not contain NUL characters"),
                new FieldProblem("lone", "must be valid Unicode text (it has half of a surrogate pair)"));
    }

    @Test
    void shouldRefuseBidiOverridesInAnyTextAndLineBreaksInALineButKeepArabicAndAccents() {
        RequestBody body = RequestBody.parse("{\"rlo\":\"Ada \\u202Egnp.exe\",\"isolate\":\"x\\u2066y\","
                + "\"crlf\":\"Ada\\r\\nBcc: x@y.ng\",\"tab\":\"Ada\\tObi\",\"notes\":\"line one\\nline two\","
                + "\"arabic\":\"\u0639\u0644\u064a\",\"accents\":\"Ad\u00e9 \u1ecc\u0300la\"}");

        assertThat(body.requiredText("rlo", 100)).isNull();
        assertThat(body.requiredText("isolate", 100)).isNull();
        assertThat(body.requiredLine("crlf", 100)).isNull();
        assertThat(body.requiredLine("tab", 100)).isNull();
        assertThat(body.requiredText("notes", 100)).as("free text keeps its lines").isEqualTo("line one\nline two");
        assertThat(body.requiredLine("arabic", 100)).isEqualTo("\u0639\u0644\u064a");
        assertThat(body.requiredLine("accents", 100)).isEqualTo("Ad\u00e9 \u1ecc\u0300la");
        assertThat(body.problems()).extracting(FieldProblem::field).containsExactly("rlo", "isolate", "crlf", "tab");
        assertThat(body.problems().get(2).reason()).contains("one line");
    }

    @Test
    void shouldRefuseABodyWithAMemberNamedTwiceOrAnythingAfterTheObject() {
        assertThatThrownBy(() -> RequestBody.parse("{\"email\":\"a@b.ng\",\"email\":\"admin@korrect.local\"}"))
                .isInstanceOf(ApiException.class).hasMessageContaining("Duplicate field 'email'");
        assertThatThrownBy(() -> RequestBody.parse("{\"email\":\"a@b.ng\"} trailing"))
                .isInstanceOf(ApiException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RequestBody.parse("{\"email\":\"a@b.ng\"}{}"))
                .isInstanceOf(ApiException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void shouldReadWholeNumbersWithinBounds() {
        RequestBody body = RequestBody.parse("{\"rating\":5,\"low\":0,\"half\":2.5,\"word\":\"3\"}");

        assertThat(body.requiredInt("rating", 1, 5)).isEqualTo(5);
        assertThat(body.requiredInt("low", 1, 5)).isNull();
        assertThat(body.requiredInt("half", 1, 5)).isNull();
        assertThat(body.requiredInt("word", 1, 5)).isNull();
        assertThat(body.problems()).extracting(FieldProblem::field, FieldProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("low", "must be between 1 and 5"),
                org.assertj.core.groups.Tuple.tuple("half", "must be a whole number"),
                org.assertj.core.groups.Tuple.tuple("word", "must be a whole number"));
    }

    @Test
    void shouldNameTheBadFieldsOfNestedObjectsByTheirPath() {
        RequestBody body = RequestBody.parse(
                "{\"milestones\":[{\"title\":\"tiles\",\"amount\":100},{\"title\":\"\",\"amount\":-1}]}");

        var milestones = body.requiredObjects("milestones", 1, 10);
        milestones.forEach(milestone -> {
            milestone.requiredText("title", 100);
            milestone.requiredAmount("amount");
        });

        assertThat(milestones).hasSize(2);
        assertThatThrownBy(body::validate).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(e.details()).asList().containsExactly(
                        new FieldProblem("milestones[1].title", "must not be blank"),
                        new FieldProblem("milestones[1].amount", "must be more than 0")));
        assertThat(RequestBody.parse("{\"milestones\":[]}").requiredObjects("milestones", 1, 10)).isNull();
    }

    @Test
    void shouldReadAListOfDistinctStringsAndNameEachBadItem() {
        RequestBody good = RequestBody.parse("{\"services\":[\" plumbing \",\"tiling\"]}");
        assertThat(good.requiredTextList("services", 1, 5, 20, true)).containsExactly("plumbing", "tiling");

        RequestBody bad = RequestBody.parse("{\"services\":[\"a\",\" \",\"A\",\"x\\ny\",7,\"much too long\"],"
                + "\"empty\":[],\"text\":\"one\"}");
        assertThat(bad.requiredTextList("services", 1, 10, 5, true)).isNull();
        assertThat(bad.requiredTextList("empty", 1, 10, 5, true)).isNull();
        assertThat(bad.requiredTextList("text", 1, 10, 5, true)).isNull();
        assertThat(bad.requiredTextList("missing", 1, 10, 5, true)).isNull();
        assertThat(bad.problems()).extracting(FieldProblem::field, FieldProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("services[1]", "must be a non-blank string"),
                org.assertj.core.groups.Tuple.tuple("services[2]", "repeats an earlier item"),
                org.assertj.core.groups.Tuple.tuple("services[3]",
                        "must be one line, without line breaks, tabs or other control characters"),
                org.assertj.core.groups.Tuple.tuple("services[4]", "must be a non-blank string"),
                org.assertj.core.groups.Tuple.tuple("services[5]", "must be at most 5 characters"),
                org.assertj.core.groups.Tuple.tuple("empty", "must be a list of 1 to 10 strings"),
                org.assertj.core.groups.Tuple.tuple("text", "must be a list of 1 to 10 strings"),
                org.assertj.core.groups.Tuple.tuple("missing", "is required"));
    }

    @Test
    void shouldReadAnInstantWithAnOffsetAndRefuseOneWithout() {
        RequestBody body = RequestBody.parse("{\"at\":\"2026-12-01T10:00:00+01:00\",\"local\":\"2026-12-01T10:00\"}");

        assertThat(body.optionalInstant("at")).contains(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(body.optionalInstant("absent")).isEmpty();
        assertThat(body.optionalInstant("local")).isEmpty();
        assertThat(body.problems()).containsExactly(new FieldProblem("local",
                "must be an ISO 8601 date and time with an offset, e.g. 2026-12-01T09:00:00Z"));
    }

    @Test
    void shouldReadAnAmountThatMayBeZero() {
        RequestBody body = RequestBody.parse("{\"zero\":0,\"zeroText\":\"0.00\",\"some\":\"12.5\",\"negative\":-1,"
                + "\"none\":null}");

        assertThat(body.amountOrZero("zero")).isEqualByComparingTo("0").hasScaleOf(2);
        assertThat(body.amountOrZero("zeroText")).isEqualTo(new BigDecimal("0.00"));
        assertThat(body.amountOrZero("none")).isEqualTo(new BigDecimal("0.00"));
        assertThat(body.amountOrZero("absent")).isEqualTo(new BigDecimal("0.00"));
        assertThat(body.amountOrZero("some")).isEqualTo(new BigDecimal("12.50"));
        assertThat(body.amountOrZero("negative")).isNull();
        assertThat(body.problems()).containsExactly(new FieldProblem("negative", "must be more than 0"));
    }
}
