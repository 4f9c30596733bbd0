package ng.korrect.bus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import ng.korrect.bus.EnvelopeFactory;
import ng.korrect.bus.PublishOptions;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DefaultEnvelopeFactoryTest {

    private final EnvelopeFactory envelopes = EnvelopeFactory.of("messaging",
            Clock.fixed(Instant.parse("2026-11-26T19:23:40Z"), ZoneOffset.UTC), UUID::randomUUID);
    private final Event<UserDeleted> handled = Event.of(new UserDeleted("user-1", "ada@example.ng"), ServiceName.USERS)
            .withCorrelationId("request-of-the-handled-event");

    @AfterEach
    void leaveTheHandler() {
        CurrentDelivery.clear();
    }

    @Test
    void shouldTakeTheHandledEventsCorrelationIdWhenTheOptionsHaveNone() {
        CurrentDelivery.set(handled);

        assertThat(envelopes.envelope(new UserDeleted("user-2", "bo@example.ng")).correlationId())
                .contains("request-of-the-handled-event");
    }

    @Test
    void shouldPreferTheOptionsCorrelationIdToTheHandledEvents() {
        CurrentDelivery.set(handled);

        assertThat(envelopes.envelope(new UserDeleted("user-2", "bo@example.ng"), PublishOptions.correlatedWith("mine"))
                .correlationId()).contains("mine");
    }
}
