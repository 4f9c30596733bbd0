package ng.korrect.users.auth;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.ClientAddress;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.TrustedProxies;
import ng.korrect.users.account.EmailAddress;

/**
 * {@code POST /api/v1/auth/register} and {@code POST /api/v1/auth/login}, open to anyone. Passwords are
 * read like every text field: leading and trailing spaces are not part of them, at registration and
 * at login alike. The client of a sign-in, whose failures the throttle counts, is resolved through the
 * trusted proxies ({@link ClientAddress}).
 */
public final class AuthRoutes implements Routes {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_PASSWORD_LENGTH = 200;

    private final Registrations registrations;
    private final Logins logins;
    private final TrustedProxies proxies;

    /** The routes of these registrations and logins, whose clients are resolved through those proxies. */
    public AuthRoutes(Registrations registrations, Logins logins, TrustedProxies proxies) {
        this.registrations = registrations;
        this.logins = logins;
        this.proxies = proxies;
    }

    @Override
    public void install(Javalin app) {
        app.post("/api/v1/auth/register", this::register);
        app.post("/api/v1/auth/login", this::login);
    }

    private void register(Context ctx) {
        RequestBody body = RequestBody.parse(ctx.body());
        String email = body.check("email", body.requiredText("email", EmailAddress.MAX_LENGTH), EmailAddress::isValid,
                "must be an email address");
        String password = body.requiredText("password", MAX_PASSWORD_LENGTH);
        String firstName = body.requiredLine("firstName", MAX_NAME_LENGTH);
        String lastName = body.requiredLine("lastName", MAX_NAME_LENGTH);
        Role role = body.check("role", body.requiredEnum("role", Role.class), chosen -> chosen != Role.ADMIN,
                "must be customer or artisan: admin accounts are created by the operator");
        if (password != null) {
            PasswordPolicy.weakness(password, email).ifPresent(reason -> body.check("password", false, reason));
        }
        body.validate();
        String userId = registrations.register(new Registrations.NewUser(new EmailAddress(email), password,
                firstName, lastName, role)).userId();
        ctx.status(201).json(Map.of("userId", userId));
    }

    private void login(Context ctx) {
        RequestBody body = RequestBody.parse(ctx.body());
        String email = body.requiredText("email", EmailAddress.MAX_LENGTH);
        String password = body.requiredText("password", MAX_PASSWORD_LENGTH);
        body.validate();
        Logins.Session session = logins.login(email, password, ClientAddress.of(ctx, proxies));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accessToken", session.accessToken());
        answer.put("userId", session.userId());
        answer.put("role", session.role().wireName());
        answer.put("expiresAt", session.expiresAt().toString());
        ctx.header("Cache-Control", "no-store"); // a bearer token: no cache or proxy on the way may keep it
        ctx.json(answer);
    }
}
