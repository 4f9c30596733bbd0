package ng.korrect.users.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The mailbox of the embedded platform: each mail becomes a file {@code {millis}-{id}.eml} (RFC 5322 headers
 * {@code Message-ID}, {@code Date}, {@code To}, {@code Subject}, a blank line, the text) in one directory,
 * readable by its owner only, written whole or not at all. It stands in for the recipients' mail servers
 * where no email provider is configured, so that a link sent to an address is read from there, as from a
 * real mailbox, and from nowhere else. Thread-safe.
 */
public final class MailboxDirectory implements Mailer {

    /** The directory's name in the data directory. */
    public static final String NAME = "mailbox";
    private static final String SUFFIX = ".eml";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final Clock clock;

    /** A mailbox in that directory, created when the first mail arrives; dates by that clock. */
    public MailboxDirectory(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The mailbox of a data directory: {@code {dataDir}/mailbox}. */
    public static Path in(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    @Override
    public void send(Mail mail) {
        try {
            createDirectory();
            Path file = directory.resolve(clock.millis() + "-" + mail.id() + SUFFIX);
            Path partial = Files.createTempFile(directory, ".incoming-", ".tmp", ownerOnly(OWNER_ONLY));
            Files.writeString(partial, format(mail));
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MailNotSentException("cannot write to the mailbox " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "the mailbox directory " + directory.toAbsolutePath().normalize();
    }

    /** Every mail in the directory, oldest first; none when it does not exist yet. */
    public static List<Mail> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Mail> mails = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparingLong(MailboxDirectory::arrival).thenComparing(Path::toString)).toList()) {
                mails.add(parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mailbox " + directory, e);
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, ownerOnly(OWNER_ONLY_DIRECTORY));
        }
    }

    private String format(Mail mail) {
        return "Message-ID: <" + mail.id() + "@" + NAME + ">\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)) + "\r\n"
                + "X-Korrect-User: " + mail.userId() + "\r\n"
                + "To: " + mail.to() + "\r\n"
                + "Subject: " + mail.subject() + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + mail.text();
    }

    private static Mail parse(String message) {
        int end = message.indexOf("\r\n\r\n");
        String headers = end < 0 ? message : message.substring(0, end);
        String text = end < 0 ? "" : message.substring(end + 4);
        String id = header(headers, "Message-ID").replaceAll("^<|@" + NAME + ">$", "");
        return new Mail(id, header(headers, "X-Korrect-User"), header(headers, "To"), header(headers, "Subject"), text);
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }

    private static long arrival(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.indexOf('-')));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0L;
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
