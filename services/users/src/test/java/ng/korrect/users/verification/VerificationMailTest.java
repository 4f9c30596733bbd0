package ng.korrect.users.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import ng.korrect.catalog.EventCodec;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.json.JsonString;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.catalog.payload.NotificationType;
import ng.korrect.catalog.payload.Role;
import ng.korrect.users.account.Account;
import ng.korrect.users.account.EmailAddress;
import ng.korrect.users.account.Profile;
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
    void shouldMailTheLinkInTheBodyAndTheData() {
        NotificationSend mail = VerificationMail.to(ACCOUNT, "http://localhost:3001/x?token=t", NOW.plusSeconds(3600));

        assertThat(mail.userId()).isEqualTo("u-1");
        assertThat(mail.type()).isEqualTo(NotificationType.EMAIL);
        assertThat(mail.body()).contains("http://localhost:3001/x?token=t").contains("Ada");
        assertThat(mail.data().orElseThrow().get("link")).contains(new JsonString("http://localhost:3001/x?token=t"));
        assertThat(mail.data().orElseThrow().get("expiresAt")).contains(new JsonString("2026-11-27T11:00:00Z"));
    }

    @Test
    void shouldBeAValidCatalogEvent() {
        NotificationSend mail = VerificationMail.to(ACCOUNT, "http://localhost:3001/x?token=t", NOW);
        EventCodec codec = EventCodec.create();

        Event<?> decoded = codec.decode(codec.encode(Event.of(mail, ServiceName.USERS)));

        assertThat(decoded.payload()).isEqualTo(mail);
    }
}
