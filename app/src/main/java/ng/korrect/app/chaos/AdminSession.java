package ng.korrect.app.chaos;

import java.util.Map;
import ng.korrect.catalog.ServiceName;

/**
 * The platform's admin, signed in once and again whenever a token is refused: the admin decides
 * verification applications and resolves disputes in the workload, and reads every record in the checks.
 * Thread-safe.
 */
final class AdminSession {

    private final ChaosHttp http;
    private final String email;
    private final String password;
    private volatile String token;

    AdminSession(ChaosHttp http, String email, String password) {
        this.http = http;
        this.email = email;
        this.password = password;
    }

    /** A valid admin token, signing in (as often as it takes) when there is none. */
    String token() throws InterruptedException {
        String current = token;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            while (token == null) {
                Answer login = http.send("admin", "admin login", ServiceName.USERS, "POST", "/api/v1/auth/login",
                        Map.of("email", email, "password", password), null, Map.of());
                if (login.status() == 200) {
                    token = login.text("accessToken");
                } else if (login.status() != 0) {
                    Thread.sleep(500);
                }
            }
            return token;
        }
    }

    /** Forgets a token that was refused, so that the next {@link #token()} signs in again. */
    void refused(String refusedToken) {
        synchronized (this) {
            if (refusedToken != null && refusedToken.equals(token)) {
                token = null;
            }
        }
    }
}
