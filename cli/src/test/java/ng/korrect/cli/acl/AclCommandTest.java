package ng.korrect.cli.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.bus.acl.AclFile;
import ng.korrect.bus.acl.AclPassword;
import ng.korrect.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AclCommandTest {

    @TempDir
    Path directory;

    @Test
    void shouldPrintTheAclFileWithTheHashesOfThePasswordsOfTheFile() throws IOException {
        Path passwords = writePasswords(fullPasswords());

        CommandRun run = CommandRun.of("redis", "acl", "--passwords", passwords.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(AclFile.generate(hashes(fullPasswords()), AclFile.DefaultUser.OFF).text());
        assertThat(run.out()).contains("user users reset on " + AclPassword.of("users-pw").rule())
                .doesNotContain("users-pw");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void shouldLeaveTheDefaultUserOutWhenTheOperatorKeepsIt() throws IOException {
        Path passwords = writePasswords(fullPasswords());

        CommandRun run = CommandRun.of("redis", "acl", "--passwords", passwords.toString(), "--keep-default-user");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(6).noneMatch(line -> line.startsWith("user default"));
    }

    @Test
    void shouldRefuseAPasswordsFileThatMissesAUser() throws IOException {
        Map<String, String> some = fullPasswords();
        some.remove("platform");
        Path passwords = writePasswords(some);

        CommandRun run = CommandRun.of("redis", "acl", "--passwords", passwords.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no password for [platform]").contains("--generate").doesNotContain("\tat ");
    }

    @Test
    void shouldRefuseAnUnknownUserNamingItsLine() throws IOException {
        Path passwords = directory.resolve("passwords");
        Files.writeString(passwords, "# ours\nadmin=a\npayments=p\n");

        CommandRun run = CommandRun.of("redis", "acl", "--passwords", passwords.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("line 3").contains("unknown user 'payments'");
    }

    @Test
    void shouldRequireThePasswordsOption() {
        CommandRun run = CommandRun.of("redis", "acl");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--passwords=FILE'");
    }

    @Test
    void shouldGenerateMissingPasswordsIntoAnOwnerOnlyFileAndKeepThemOnTheNextRun() throws IOException {
        Path passwords = directory.resolve("secrets/redis-passwords");

        CommandRun first = CommandRun.of("redis", "acl", "--passwords", passwords.toString(), "--generate");
        CommandRun second = CommandRun.of("redis", "acl", "--passwords", passwords.toString(), "--generate");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("generated passwords for [admin, users, artisan, transaction, messaging, platform]");
        assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(passwords).stream().filter(line -> !line.startsWith("#")))
                .hasSize(6).allMatch(line -> line.matches("[a-z]+=[A-Za-z0-9]{32}"));
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
    }

    private Path writePasswords(Map<String, String> passwords) throws IOException {
        Path file = directory.resolve("passwords");
        StringBuilder text = new StringBuilder();
        passwords.forEach((name, password) -> text.append(name).append(" = ").append(password).append('\n'));
        Files.writeString(file, text);
        return file;
    }

    private static Map<String, String> fullPasswords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        AclFile.userNames().forEach(name -> passwords.put(name, name + "-pw"));
        return passwords;
    }

    private static Map<String, AclPassword> hashes(Map<String, String> passwords) {
        Map<String, AclPassword> hashes = new LinkedHashMap<>();
        passwords.forEach((name, password) -> hashes.put(name, AclPassword.of(password)));
        return hashes;
    }
}
