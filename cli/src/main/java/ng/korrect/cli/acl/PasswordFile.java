package ng.korrect.cli.acl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ng.korrect.bus.acl.AclFile;
import ng.korrect.cli.CommandException;

/**
 * The passwords of the ACL users, one {@code NAME=PASSWORD} per line ({@code #} comments and blank lines
 * allowed), kept by the operator where the services' {@code REDIS_URL}s are made. Only their hashes go
 * into the ACL file. Generated passwords are written back to it, readable by its owner only.
 */
final class PasswordFile {

    private final Path path;
    private final Map<String, String> passwords;

    private PasswordFile(Path path, Map<String, String> passwords) {
        this.path = path;
        this.passwords = passwords;
    }

    /** Reads the file; a missing file is empty. Unknown names, repeated names and blank passwords are usage errors. */
    static PasswordFile read(Path path) {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return new PasswordFile(path, passwords);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandException.usage("cannot read the passwords file " + path + ": " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals).strip();
            String password = equals < 0 ? "" : line.substring(equals + 1).strip();
            String where = path + " line " + (i + 1);
            if (!AclFile.userNames().contains(name)) {
                throw CommandException.usage(where + ": unknown user '" + name + "'; the users are " + AclFile.userNames());
            }
            if (password.isEmpty()) {
                throw CommandException.usage(where + ": the password of " + name + " is empty; write " + name + "=PASSWORD");
            }
            if (passwords.put(name, password) != null) {
                throw CommandException.usage(where + ": " + name + " is there twice");
            }
        }
        return new PasswordFile(path, passwords);
    }

    /** The users of the ACL that the file has no password for. */
    List<String> missing() {
        return AclFile.userNames().stream().filter(name -> !passwords.containsKey(name)).toList();
    }

    /** Gives every missing user a random password and writes the file, owner-only; returns who got one. */
    List<String> generateMissing(SecureRandom random) {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return missing;
        }
        for (String name : missing) {
            passwords.put(name, ng.korrect.bus.acl.AclPassword.generate(random));
        }
        try {
            writeOwnerOnly();
        } catch (IOException e) {
            throw CommandException.usage("cannot write the passwords file " + path + ": " + e.getMessage());
        }
        return missing;
    }

    /** User name to password. */
    Map<String, String> passwords() {
        return Map.copyOf(passwords);
    }

    private void writeOwnerOnly() throws IOException {
        StringBuilder text = new StringBuilder("# Passwords of the Korrect Redis ACL users (korrect redis acl). Keep secret.\n"
                + "# Each service's REDIS_URL is redis://NAME:PASSWORD@host:port (rediss:// for TLS).\n");
        passwords.forEach((name, password) -> text.append(name).append('=').append(password).append('\n'));
        Path absolute = path.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            partial.toFile().setReadable(false, false);
            partial.toFile().setReadable(true, true);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
