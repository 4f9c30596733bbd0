package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ng.korrect.catalog.fixture.EventArbitraries;
import ng.korrect.catalog.fixture.SchemaValidation;
import ng.korrect.catalog.payload.DisputeResolved;
import ng.korrect.catalog.payload.NotificationSend;

/**
 * Every valid event survives the wire: decoding its encoding gives it back, encoding that again gives
 * the same bytes, and the schema of its type accepts what was written.
 */
class EventRoundTripProperties {

    private static final EventCodec CODEC = EventCodec.create();

    @Provide
    Arbitrary<Event<?>> events() {
        return EventArbitraries.events();
    }

    @Property(tries = 600)
    void shouldDecodeEveryEncodedEventBackToItself(@ForAll("events") Event<?> event) {
        assertThat(CODEC.decode(CODEC.encode(event))).isEqualTo(event);
    }

    @Property(tries = 600)
    void shouldReEncodeEveryDecodedEventToIdenticalBytes(@ForAll("events") Event<?> event) {
        byte[] wire = CODEC.encode(event);

        assertThat(CODEC.encode(CODEC.decode(wire))).isEqualTo(wire);
    }

    @Property(tries = 600)
    void shouldHaveEveryEncodedEventAcceptedByTheSchemaOfItsType(@ForAll("events") Event<?> event) {
        String wire = CODEC.encodeToString(event);

        assertThat(SchemaValidation.problems(event.type(), wire)).as(wire).isEmpty();
    }

    @Property(tries = 300)
    void shouldFindNoProblemWithAnyGeneratedEvent(@ForAll("events") Event<?> event) {
        assertThat(CODEC.problemsOf(event)).isEmpty();
    }

    @Example
    void shouldGenerateEveryTypeAndEveryCornerOfTheWire() {
        List<Event<?>> sample = EventArbitraries.events().sampleStream().limit(2000).toList();
        List<String> wires = sample.stream().map(CODEC::encodeToString).toList();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        sample.forEach(event -> types.add(event.type()));

        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        assertThat(sample).anyMatch(event -> event.metadata().isPresent())
                .anyMatch(event -> event.metadata().isEmpty())
                .anyMatch(event -> event.correlationId().isPresent())
                .anyMatch(event -> event.correlationId().isEmpty())
                .anyMatch(event -> event.payload() instanceof DisputeResolved resolved
                        && resolved.customerRefund().isPresent() && resolved.artisanPayment().isEmpty())
                .anyMatch(event -> event.payload() instanceof NotificationSend send
                        && send.data().isPresent())
                .anyMatch(event -> event.payload() instanceof NotificationSend send
                        && send.data().isEmpty());
        assertThat(wires).as("escaped lone surrogates and control characters, extended years, exponents, index keys")
                .anyMatch(wire -> wire.contains("\\ud"))
                .anyMatch(wire -> wire.contains("\\u00"))
                .anyMatch(wire -> wire.contains("\"timestamp\":\"+"))
                .anyMatch(wire -> wire.contains("\"timestamp\":\"-"))
                .anyMatch(wire -> wire.contains("e-"))
                .anyMatch(wire -> wire.contains("e+"))
                .anyMatch(wire -> wire.matches("(?s).*\"metadata\":\\{\"[0-9]+\":.*"));
    }
}
