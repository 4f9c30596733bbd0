package ng.korrect.bus.acl;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import ng.korrect.embedded.EmbeddedRedis;

/**
 * A {@code redis-server} that speaks TLS only, with a self-signed certificate for {@code 127.0.0.1} and
 * {@code localhost} made by {@code openssl} for the test, and an ACL file loaded at start ({@code aclfile}).
 * Its plain port is closed, so every client goes through TLS. Start it with {@link #start(Path, String)}.
 */
public final class TlsRedis implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path certificate;

    private TlsRedis(Process process, int port, Path certificate) {
        this.process = process;
        this.port = port;
        this.certificate = certificate;
    }

    /** Whether this machine can run it: an {@code openssl}, and a {@code redis-server} of version 7 or later (ACL selectors). */
    public static boolean available() {
        return onPath("openssl").isPresent() && serverBinary().filter(TlsRedis::isSevenOrLater).isPresent();
    }

    private static boolean isSevenOrLater(File binary) {
        try {
            Process process = new ProcessBuilder(binary.getPath(), "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            java.util.regex.Matcher major = java.util.regex.Pattern.compile("v=(\\d+)\\.").matcher(version);
            return major.find() && Integer.parseInt(major.group(1)) >= 7;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the certificate in the directory, writes the ACL file there, and starts the server. */
    public static TlsRedis start(Path directory, String aclFile) throws IOException, InterruptedException {
        Path key = directory.resolve("redis.key");
        Path certificate = directory.resolve("redis.crt");
        run(List.of(onPath("openssl").orElseThrow().getPath(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", certificate.toString(), "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"), directory);
        Path acl = directory.resolve("users.acl");
        Files.writeString(acl, aclFile);
        int port = freePort();
        Process process = new ProcessBuilder(serverBinary().orElseThrow().getPath(),
                "--port", "0", "--tls-port", Integer.toString(port), "--bind", "127.0.0.1",
                "--tls-cert-file", certificate.toString(), "--tls-key-file", key.toString(),
                "--tls-ca-cert-file", certificate.toString(), "--tls-auth-clients", "no",
                "--aclfile", acl.toString(), "--save", "", "--appendonly", "no", "--dir", directory.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("redis.log").toFile()).start();
        TlsRedis redis = new TlsRedis(process, port, certificate);
        await().atMost(Duration.ofSeconds(20)).until(() -> redis.listens() || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("redis-server did not start: " + Files.readString(directory.resolve("redis.log")));
        }
        return redis;
    }

    /** The URL as that user with its password from {@link AclUsers}: {@code rediss://user:password@127.0.0.1:port}. */
    public String urlAs(String user) {
        return AclUsers.urlAs(url(), user);
    }

    /** The URL without a user: {@code rediss://127.0.0.1:port}. */
    public String url() {
        return "rediss://127.0.0.1:" + port;
    }

    /** The server's self-signed certificate (PEM), which a client must trust. */
    public Path certificate() {
        return certificate;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private boolean listens() {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Optional<File> serverBinary() {
        return Optional.ofNullable(System.getenv(EmbeddedRedis.SERVER_BINARY_VARIABLE)).filter(name -> !name.isBlank())
                .map(File::new).or(() -> onPath("redis-server"));
    }

    private static Optional<File> onPath(String name) {
        for (String folder : Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(folder, name);
            if (candidate.canExecute()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
