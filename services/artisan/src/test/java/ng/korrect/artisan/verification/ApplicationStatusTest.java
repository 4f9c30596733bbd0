package ng.korrect.artisan.verification;

import static org.assertj.core.api.Assertions.assertThat;

import ng.korrect.artisan.profile.VerificationStatus;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void shouldLetAnAdminDecideOnlyAPendingApplication() {
        assertThat(ApplicationStatus.PENDING.canBecome(ApplicationStatus.APPROVED)).isTrue();
        assertThat(ApplicationStatus.PENDING.canBecome(ApplicationStatus.REJECTED)).isTrue();
        assertThat(ApplicationStatus.PENDING.canBecome(ApplicationStatus.PENDING)).isFalse();
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThat(ApplicationStatus.APPROVED.canBecome(next)).isFalse();
            assertThat(ApplicationStatus.REJECTED.canBecome(next)).isFalse();
        }
    }

    @Test
    void shouldAcceptANewApplicationOnlyFromAnUnverifiedOrRejectedProfile() {
        assertThat(VerificationStatus.UNVERIFIED.acceptsApplication()).isTrue();
        assertThat(VerificationStatus.REJECTED.acceptsApplication()).isTrue();
        assertThat(VerificationStatus.PENDING.acceptsApplication()).isFalse();
        assertThat(VerificationStatus.VERIFIED.acceptsApplication()).isFalse();
    }
}
