package ng.korrect.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import org.junit.jupiter.api.Test;

class InboxTest {

    private static final Caller ADA = new Caller("ada", Role.CUSTOMER);
    private static final Caller ADMIN = new Caller("admin-1", Role.ADMIN);

    @Test
    void shouldOpenTheReadersOwnInboxWhenTheyNameNobodyOrThemselves() {
        assertThat(Inbox.askedBy(ADA, null)).isEqualTo(new Inbox("ada"));
        assertThat(Inbox.askedBy(ADA, " ")).isEqualTo(new Inbox("ada"));
        assertThat(Inbox.askedBy(ADA, "ada")).isEqualTo(new Inbox("ada"));
    }

    @Test
    void shouldOpenAnotherUsersInboxForAnAdmin() {
        assertThat(Inbox.askedBy(ADMIN, " ada ")).isEqualTo(new Inbox("ada"));
    }

    @Test
    void shouldForbidAnyoneButAnAdminToOpenAnotherUsersInbox() {
        assertThatThrownBy(() -> Inbox.askedBy(ADA, "musa"))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.status()).isEqualTo(403))
                .hasMessage("only an admin reads another user's notifications");
    }
}
