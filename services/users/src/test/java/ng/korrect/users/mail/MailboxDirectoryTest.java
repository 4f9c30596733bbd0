package ng.korrect.users.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxDirectoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void shouldKeepEachMailAsAFileReadableByItsOwnerOnlyAndReadItBackInOrder() throws IOException {
        MailboxDirectory mailbox = new MailboxDirectory(MailboxDirectory.in(data), CLOCK);
        Mail first = new Mail("m-1", "u-1", "ada@example.ng", "Hello Adá", "line one\r\nhttp://x/?token=abc\r\n");
        Mail second = new Mail("m-2", "u-2", "bola@example.ng", "Second", "text");

        mailbox.send(first);
        mailbox.send(second);

        assertThat(MailboxDirectory.read(MailboxDirectory.in(data))).containsExactly(first, second);
        try (var files = Files.list(MailboxDirectory.in(data))) {
            assertThat(files.toList()).hasSize(2).allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(MailboxDirectory.in(data))))
                .isEqualTo("rwx------");
    }

    @Test
    void shouldReadNothingFromAMailboxNotCreatedYet() {
        assertThat(MailboxDirectory.read(data.resolve("absent"))).isEmpty();
    }

    @Test
    void shouldFailWithMailNotSentWhenTheDirectoryCannotBeWritten() throws IOException {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the mailbox should be");

        assertThatThrownBy(() -> new MailboxDirectory(blocked, CLOCK).send(new Mail("m", "u", "a@b.ng", "s", "t")))
                .isInstanceOf(MailNotSentException.class).hasMessageContaining("cannot write to the mailbox");
    }

    @Test
    void shouldRefuseALineBreakInTheAddressOrSubject() {
        assertThatThrownBy(() -> new Mail("m", "u", "a@b.ng\r\nBcc: x@y.ng", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mail("m", "u", "a@b.ng", "s\nBcc: x@y.ng", "t")).isInstanceOf(IllegalArgumentException.class);
    }
}
