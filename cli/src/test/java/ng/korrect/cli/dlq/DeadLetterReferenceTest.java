package ng.korrect.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import ng.korrect.catalog.EventType;
import ng.korrect.cli.CommandException;
import org.junit.jupiter.api.Test;

class DeadLetterReferenceTest {

    @Test
    void shouldReadTypeSlashId() {
        assertThat(DeadLetterSelection.reference("booking.created/1732650160123-0", Optional.empty()))
                .isEqualTo("booking.created/1732650160123-0");
    }

    @Test
    void shouldTakeTheTypeGivenForAnIdAlone() {
        assertThat(DeadLetterSelection.reference("5-1", Optional.of(EventType.REVIEW_CREATED))).isEqualTo("review.created/5-1");
    }

    @Test
    void shouldRefuseAnIdAloneWithoutType() {
        assertThatThrownBy(() -> DeadLetterSelection.reference("5-1", Optional.empty()))
                .isInstanceOf(CommandException.class).hasMessageContaining("names no type");
    }

    @Test
    void shouldRefuseAnUnknownTypeABadIdAndATypeThatDisagrees() {
        assertThatThrownBy(() -> DeadLetterSelection.reference("booking.made/5-1", Optional.empty()))
                .hasMessageContaining("unknown event type 'booking.made'");
        assertThatThrownBy(() -> DeadLetterSelection.reference("booking.created/5", Optional.empty()))
                .hasMessageContaining("is not an entry id");
        assertThatThrownBy(() -> DeadLetterSelection.reference("booking.created/5-1", Optional.of(EventType.REVIEW_CREATED)))
                .hasMessageContaining("is not a review.created dead letter");
    }
}
