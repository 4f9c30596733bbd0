package ng.korrect.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuplicateMemberTest {

    private final EventCodec codec = EventCodec.create();

    @Test
    void shouldRefuseAnEnvelopeThatNamesItsTypeTwice() {
        String twoTypes = "{\"id\":\"5b1f7d0e-2c44-4d5e-9a3b-0c6f4e8a2b11\",\"type\":\"user.deleted\","
                + "\"payload\":{\"userId\":\"u-1\",\"email\":\"ada@example.ng\"},\"timestamp\":\"2026-11-26T19:22:40.123Z\","
                + "\"source\":\"users\",\"type\":\"user.email_verified\"}";

        assertThatThrownBy(() -> codec.decode(twoTypes))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Duplicate field 'type'");
    }

    @Test
    void shouldRefuseAPayloadThatRepeatsAField() {
        String twoIds = "{\"id\":\"5b1f7d0e-2c44-4d5e-9a3b-0c6f4e8a2b11\",\"type\":\"user.deleted\","
                + "\"payload\":{\"userId\":\"u-1\",\"userId\":\"u-2\",\"email\":\"ada@example.ng\"},"
                + "\"timestamp\":\"2026-11-26T19:22:40.123Z\",\"source\":\"users\"}";

        assertThatThrownBy(() -> codec.decode(twoIds))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Duplicate field 'userId'");
    }
}
