package ng.korrect.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import ng.korrect.catalog.ServiceName;

/** What {@code korrect up} prints once everything runs: where each service is, and what it runs on. */
final class PlatformSummary {

    private PlatformSummary() {
    }

    /** Prints the summary of a started platform. */
    static void print(Platform platform, boolean allServices, PrintWriter out) {
        PlatformSettings settings = platform.settings();
        out.println();
        out.println("KorrectNG is up.");
        for (Map.Entry<ServiceName, Integer> service : platform.ports().entrySet()) {
            row(out, service.getKey().wireName(), "http://localhost:" + service.getValue());
        }
        if (allServices) {
            for (ServiceName missing : ServiceCatalog.missing()) {
                row(out, missing.wireName(), "not in this build yet");
            }
        }
        row(out, "redis", platform.redisUrl().replaceFirst("//[^@/]*@", "//***@")
                + (platform.redisIsEmbedded() ? " (embedded, kept in " + settings.dataDir().resolve("redis") + ")" : ""));
        row(out, "database", settings.databaseUrl().map(PlatformSummary::redacted)
                .orElse("embedded H2, one file per service in " + settings.dataDir()));
        if (settings.environment().get("JWT_SECRET") == null) {
            row(out, "jwt secret", "generated, kept in " + settings.jwtSecretFile());
        }
        if (platform.ports().containsKey(ServiceName.TRANSACTION) && settings.environment().get("PAYMENT_WEBHOOK_SECRET") == null) {
            row(out, "webhook key", "generated, kept in " + settings.webhookSecretFile() + " (for the payment provider)");
        }
        if (platform.ports().containsKey(ServiceName.USERS)) {
            row(out, "admin", platform.createdAdminPassword()
                    .map(password -> settings.adminEmail() + " / " + password + "   (created now"
                            + (settings.adminPassword().isPresent() ? ")" : "; kept in " + settings.adminPasswordFile() + ")"))
                    .orElse(settings.adminEmail() + " (exists; " + (Files.exists(settings.adminPasswordFile())
                            ? "its password is in " + settings.adminPasswordFile() : "its password was shown when it was created")
                            + ")"));
        }
        if (platform.redisIsEmbedded() && platform.redisUrl().equals("redis://127.0.0.1:" + PlatformSettings.DEFAULT_REDIS_PORT)) {
            out.println("The CLI finds this Redis by default: ./korrect tail");
        } else {
            out.println("For the CLI: export REDIS_URL=" + platform.redisUrl());
        }
        out.println("Ctrl-C stops everything.");
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("  %-12s %s%n", name, value);
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceFirst("//[^@/]*@", "//***@");
    }
}
