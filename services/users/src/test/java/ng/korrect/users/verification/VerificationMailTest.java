package ng.korrect.users.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import ng.korrect.catalog.payload.Role;
import ng.korrect.users.account.Account;
import ng.korrect.users.account.EmailAddress;
import ng.korrect.users.account.Profile;
import ng.korrect.users.mail.Mail;
import org.junit.jupiter.api.Test;

class VerificationMailTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Account ACCOUNT = new Account("u-1", new EmailAddress("ada@example.ng"),
            new Profile("Ada", "Obi", Optional.empty()), Role.CUSTOMER, false, NOW, NOW);

    @Test
    void shouldBuildTheLinkFromThePublicAddress() {
        assertThat(VerificationMail.link("https://api.korrect.ng", "abc-_1"))
                .isEqualTo("https://api.korrect.ng/api/v1/auth/verify-email?token=abc-_1");
    }

    @Test
    void shouldMailTheLinkToTheAccountsAddressInTheText() {
        Mail mail = VerificationMail.to(ACCOUNT, "http://localhost:3001/x?token=t", NOW.plusSeconds(3600));

        assertThat(mail.userId()).isEqualTo("u-1");
        assertThat(mail.to()).isEqualTo("ada@example.ng");
        assertThat(mail.subject()).isEqualTo(VerificationMail.SUBJECT);
        assertThat(mail.text()).contains("http://localhost:3001/x?token=t").contains("Ada").contains("2026-11-27T11:00:00Z");
    }

    @Test
    void shouldKeepTheLinkOutOfTheMailsDescription() {
        Mail mail = VerificationMail.to(ACCOUNT, "http://localhost:3001/x?token=secret-part", NOW);

        assertThat(mail.toString()).doesNotContain("secret-part").doesNotContain("ada@example.ng");
    }

    @Test
    void shouldTellTheAppThatALinkWasMailedWithoutTheLink() {
        var notice = VerificationMail.notice(ACCOUNT, NOW.plusSeconds(3600));

        assertThat(notice.userId()).isEqualTo("u-1");
        assertThat(notice.type()).isEqualTo(ng.korrect.catalog.payload.NotificationType.PUSH);
        assertThat(notice.body()).contains("ada@example.ng").contains("2026-11-27T11:00:00Z").doesNotContain("token");
        assertThat(notice.data().orElseThrow().members()).containsOnlyKeys("purpose", "email", "expiresAt");
    }
}
