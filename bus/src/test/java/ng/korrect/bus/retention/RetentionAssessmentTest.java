package ng.korrect.bus.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RetentionAssessmentTest {

    private final RetentionAssessment assessment = new RetentionAssessment(10_000, 0.8);

    @Test
    void shouldBeOkBelowTheLagThreshold() {
        assertThat(assessment.assess(status(20_000, 12_000, 9_000, 7_999))).isEqualTo(RetentionAssessment.Level.OK);
    }

    @Test
    void shouldWarnWhenTheLagReachesTheShareOfMaxLength() {
        assertThat(assessment.lagThreshold()).isEqualTo(8_000);
        assertThat(assessment.assess(status(20_000, 10_000, 12_000, 8_000))).isEqualTo(RetentionAssessment.Level.LAG_WARNING);
    }

    @Test
    void shouldReportALossWhenEntriesLeftTheStreamBeforeTheGroupReadThem() {
        StreamGroupStatus status = status(50_000, 10_002, 30_000, 10_002);
        assertThat(status.trimmedUnread()).hasValue(50_000 - 10_002 - 30_000);
        assertThat(assessment.assess(status)).isEqualTo(RetentionAssessment.Level.LOSS);
    }

    @Test
    void shouldCountNoLossWhenTheGroupReadEverythingThatWasTrimmed() {
        assertThat(status(50_000, 10_000, 45_000, 5_000).trimmedUnread()).hasValue(0);
    }

    @Test
    void shouldKnowNothingOfLossWithoutTheFiguresOfRedisSeven() {
        StreamGroupStatus redisSix = new StreamGroupStatus("s", "g", 10_000, OptionalLong.empty(), 0,
                OptionalLong.empty(), OptionalLong.empty());
        assertThat(redisSix.trimmedUnread()).isEmpty();
        assertThat(assessment.assess(redisSix)).isEqualTo(RetentionAssessment.Level.OK);
    }

    @Test
    void shouldRejectARatioOutsideZeroToOne() {
        assertThatThrownBy(() -> new RetentionAssessment(10, 1.5)).hasMessageContaining("lagWarningRatio");
    }

    @Test
    void shouldReadTheServerVersionAndKnowWhenAckedTrimmingExists() {
        assertThat(ServerVersion.fromInfo("# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n"))
                .isEqualTo(new ServerVersion(7, 0));
        assertThat(new ServerVersion(7, 0).trimsAckedOnly()).isFalse();
        assertThat(new ServerVersion(8, 2).trimsAckedOnly()).isTrue();
        assertThat(new ServerVersion(6, 2).reportsLag()).isFalse();
        assertThat(ServerVersion.fromInfo("garbage")).isEqualTo(new ServerVersion(0, 0));
    }

    private static StreamGroupStatus status(long added, long length, long read, long lag) {
        return new StreamGroupStatus("korrect:events:booking.created", "artisan", length, OptionalLong.of(added), 0,
                OptionalLong.of(read), OptionalLong.of(lag));
    }
}
