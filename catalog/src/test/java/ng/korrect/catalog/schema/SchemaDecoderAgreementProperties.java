package ng.korrect.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.EventType;
import ng.korrect.catalog.InvalidEventException;
import ng.korrect.catalog.fixture.SchemaValidation;

/**
 * The schemas' patterns accept exactly the strings the decoder accepts: timestamps, ids, emails and
 * non-blank identifiers built from the characters and shapes where the two could part ways.
 */
@StatisticsReport(onFailureOnly = true)
class SchemaDecoderAgreementProperties {

    private static final EventCodec CODEC = EventCodec.create();

    /** Characters that are white space to Java, to ECMAScript, to both or to neither, and a few others. */
    private static final String SPACES_AND_LOOKALIKES = " \t\n\u000B\f\r\u001C\u001D\u001E\u001F\u0085\u00A0\u1680"
            + "\u180E\u2000\u2006\u2007\u2008\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFFx\u0000\ud800\udc00";

    @Property(tries = 2000)
    void shouldAgreeWithTheDecoderOnEveryTimestamp(@ForAll("timestamps") String timestamp) {
        collect(assertAgreement(EventType.PAYMENT_RECEIVED, envelope -> envelope.put("timestamp", timestamp)));
    }

    @Property(tries = 1000)
    void shouldAgreeWithTheDecoderOnEveryIdentifier(@ForAll("blankish") String identifier) {
        collect(assertAgreement(EventType.MESSAGE_SENT,
                envelope -> ((ObjectNode) envelope.get("payload")).put("senderId", identifier)));
    }

    @Property(tries = 500)
    void shouldAgreeWithTheDecoderOnEverySource(@ForAll("blankish") String source) {
        collect(assertAgreement(EventType.MESSAGE_SENT, envelope -> envelope.put("source", source)));
    }

    @Property(tries = 500)
    void shouldAgreeWithTheDecoderOnEveryCorrelationId(@ForAll("blankish") String correlationId) {
        collect(assertAgreement(EventType.MESSAGE_SENT, envelope -> envelope.put("correlationId", correlationId)));
    }

    @Property(tries = 1000)
    void shouldAgreeWithTheDecoderOnEveryEmail(@ForAll("emailish") String email) {
        collect(assertAgreement(EventType.USER_CREATED,
                envelope -> ((ObjectNode) envelope.get("payload")).put("email", email)));
    }

    @Property(tries = 1000)
    void shouldAgreeWithTheDecoderOnEveryEventId(@ForAll("uuidish") String id) {
        collect(assertAgreement(EventType.USER_CREATED, envelope -> envelope.put("id", id)));
    }

    /** Counts what the decoder accepted, and fails the property unless both outcomes were common. */
    private static void collect(boolean accepted) {
        Statistics.collect(accepted ? "accepted" : "rejected");
        Statistics.coverage(coverage -> {
            coverage.check("accepted").percentage(percent -> percent >= 5);
            coverage.check("rejected").percentage(percent -> percent >= 5);
        });
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<String> year = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.of("2024", "2026", "2000", "1900", "2100", "1600", "0000", "0004", "9999", "-0004", "-0001",
                        "-0000", "-0100", "+10000", "+010000", "+00000", "+0000000000", "+0999999999", "+1000000000",
                        "-0999999999", "-1000000000", "-00000", "+2024", "12026", "202", "+275760", "-271821"),
                Combinators.combine(Arbitraries.of("", "+", "-"), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11))
                        .as(String::concat));
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 62).map(n -> String.format("%02d", n));
        Arbitrary<String> month = Arbitraries.oneOf(Arbitraries.integers().between(0, 13).map(n -> String.format("%02d", n)),
                Arbitraries.of("02", "2", "1"));
        Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.integers().between(0, 32).map(n -> String.format("%02d", n)),
                Arbitraries.of("28", "29", "30", "31", "29", "29", "1"));
        Arbitrary<String> hour = Arbitraries.oneOf(Arbitraries.integers().between(0, 25).map(n -> String.format("%02d", n)),
                Arbitraries.of("7"));
        Arbitrary<String> seconds = Arbitraries.oneOf(Arbitraries.just(""), twoDigits.map(s -> ":" + s));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMaxLength(11).map(digits -> "." + digits),
                Arbitraries.of(",123", ".1a"));
        Arbitrary<String> offset = Arbitraries.oneOf(
                Arbitraries.of("Z", "z", "", "+00", "-00", "+18", "-18", "+19", "+1", "+0100", "+01:0", "+01:00:3", "ZZ",
                        "+18:00", "-18:00", "+18:00:00", "+18:00:01", "+18:01", "-17:59:59", "+05:30", "UTC", "GMT+1"),
                Combinators.combine(Arbitraries.of("+", "-"), twoDigits, Arbitraries.of("", ":"), twoDigits,
                        Arbitraries.of("", ":"), twoDigits)
                        .as((sign, h, colon1, m, colon2, s) -> sign + h + colon1 + m + (colon2.isEmpty() ? "" : colon2 + s)));
        Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "t", " ", "");
        Arbitrary<String> junk = Arbitraries.of("", "", "", "", "\n", " ", "\r\n", "x", "\u2028");
        Arbitrary<String> date = Combinators.combine(year, Arbitraries.of("-", "-", "-", "/"), month, day)
                .as((y, dash, m, d) -> y + dash + m + "-" + d);
        Arbitrary<String> time = Combinators.combine(separator, hour, twoDigits, seconds, fraction)
                .as((t, h, m, s, f) -> t + h + ":" + m + s + (s.isEmpty() ? "" : f));
        Arbitrary<String> nearMisses = Combinators.combine(date, time, offset, junk).as((d, t, o, j) -> d + t + o + j);
        return Arbitraries.oneOf(nearMisses, validTimestamps());
    }

    /** Valid timestamps in every shape {@link OffsetDateTime#toString()} writes, some with a lower-case T or Z. */
    private static Arbitrary<String> validTimestamps() {
        Arbitrary<Integer> year = Arbitraries.oneOf(
                Arbitraries.integers().between(-999_999_999, 999_999_999),
                Arbitraries.integers().between(-10_000, 10_000),
                Arbitraries.of(0, 4, -4, 100, 400, 1900, 2000, 2024, 2100, 9999, 10_000, 999_999_999, -999_999_999));
        Arbitrary<LocalDate> date = Combinators.combine(year, Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 31))
                .as((y, m, d) -> LocalDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
        Arbitrary<LocalTime> time = Combinators.combine(Arbitraries.integers().between(0, 86_399),
                        Arbitraries.of(0, 0, 123_000_000, 120_000, 1, 999_999_999))
                .as((second, nanos) -> LocalTime.ofSecondOfDay(second).withNano(nanos));
        Arbitrary<ZoneOffset> offset = Arbitraries.oneOf(
                Arbitraries.integers().between(-64_800, 64_800).map(ZoneOffset::ofTotalSeconds),
                Arbitraries.integers().between(-18, 18).map(ZoneOffset::ofHours),
                Arbitraries.just(ZoneOffset.UTC));
        Arbitrary<Boolean> lowerCase = Arbitraries.of(false, false, true);
        return Combinators.combine(date, time, offset, lowerCase)
                .as((d, t, o, lower) -> {
                    String text = OffsetDateTime.of(d, t, o).toString();
                    return lower ? text.replace('T', 't').replace('Z', 'z') : text;
                });
    }

    @Provide
    Arbitrary<String> blankish() {
        return Arbitraries.strings().withChars(SPACES_AND_LOOKALIKES).ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> emailish() {
        Arbitrary<String> part = Arbitraries.strings().withChars("ab\u00A0\u2003\u0085\u2028\ud800.").ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(
                Combinators.combine(part, part, part).as((local, domain, tld) -> local + "@" + domain + "." + tld),
                Arbitraries.strings().withChars("a@.@. \t\n\r\u000B\f\u00A0\u2003\u0085\u2028\ud800").ofMinLength(3).ofMaxLength(9),
                Combinators.combine(Arbitraries.strings().withChars("ab \n\u00A0").ofMaxLength(3),
                        Arbitraries.strings().withChars("cd.\r\u2003").ofMaxLength(4),
                        Arbitraries.strings().withChars("ef\n\u0085@").ofMaxLength(3),
                        Arbitraries.of("", "\n", "\r\n", " ", "\u2028"))
                        .as((local, domain, tld, end) -> local + "@" + domain + "." + tld + end));
    }

    @Provide
    Arbitrary<String> uuidish() {
        String valid = "5f0c3b8e-2d1a-4c7b-9e6f-0a1b2c3d4e5f";
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length());
        Arbitrary<Character> character = Arbitraries.chars().with("0aFfgG-_ \n{}\u0660\uff10".toCharArray());
        return Arbitraries.oneOf(
                Combinators.combine(position, character).as((at, c) ->
                        valid.substring(0, Math.min(at, 35)) + c + valid.substring(Math.min(at + 1, 36))),
                Combinators.combine(position, character).as((at, c) -> valid.substring(0, at) + c + valid.substring(at)),
                position.map(at -> valid.substring(0, at) + valid.substring(Math.min(at + 1, 36))),
                Arbitraries.of(valid, valid.toUpperCase(java.util.Locale.ROOT), valid + "\n", valid.replace("-", "")));
    }

    /** The schema accepts the sample with the change exactly when the decoder does, which it returns. */
    private static boolean assertAgreement(EventType type, Consumer<ObjectNode> change) {
        String wire = EnvelopeCases.change("agreement", type, change).wire();
        boolean decoderAccepts = decodes(wire);

        assertThat(SchemaValidation.problems(type, wire).isEmpty())
                .as("the schema accepts %s, as the decoder does: %s", wire, decoderAccepts)
                .isEqualTo(decoderAccepts);
        return decoderAccepts;
    }

    private static boolean decodes(String wire) {
        try {
            CODEC.decode(wire);
            return true;
        } catch (InvalidEventException e) {
            return false;
        }
    }
}
