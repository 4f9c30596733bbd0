package ng.korrect.service.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.CancelledBy;
import org.junit.jupiter.api.Test;

class EnvelopePatternTest {

    @Test
    void shouldQuoteAValueAsTheCodecWritesItInAnEnvelope() {
        String customerId = "tab\there \"quoted\" back\\slash bell\u0007 naïve";
        String envelope = EventCodec.create().encodeToString(Event.of(new BookingCancelled("b-1", customerId, "bo",
                CancelledBy.CUSTOMER, Optional.empty()), ServiceName.TRANSACTION));

        assertThat(envelope).contains("\"customerId\":" + EnvelopePattern.json(customerId));
    }

    @Test
    void shouldEscapeTheCharactersThatLikeWouldTreatAsWildcardsOrEscapes() {
        assertThat(EnvelopePattern.containing("customerId", "50%_a\"b\\c"))
                .isEqualTo("%\"customerId\":\"50\\%\\_a\\\\\"b\\\\\\\\c\"%");
    }
}
