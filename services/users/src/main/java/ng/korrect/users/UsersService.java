package ng.korrect.users;

import io.javalin.Javalin;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;

/** The users service (port {@code USERS.defaultPort()}). */
public final class UsersService extends KorrectService {

    /** The service with these settings. */
    public UsersService(ServiceConfig config) {
        super(config);
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        UsersService service = new UsersService(ServiceConfig.fromEnvironment(ServiceName.USERS));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "users-stop"));
        service.start();
    }

    /**
     * Creates an admin account with that login when none exists, publishing its {@code user.created};
     * returns whether it created one.
     */
    public boolean ensureAdmin(String email, String password) {
        throw new UnsupportedOperationException("the users service is being built");
    }

    @Override
    protected void routes(Javalin app, ServiceContext context) {
    }
}
