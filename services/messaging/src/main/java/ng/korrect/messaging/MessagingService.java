package ng.korrect.messaging;

import io.javalin.Javalin;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;

/** The messaging service (port {@code MESSAGING.defaultPort()}). */
public final class MessagingService extends KorrectService {

    /** The service with these settings. */
    public MessagingService(ServiceConfig config) {
        super(config);
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        MessagingService service = new MessagingService(ServiceConfig.fromEnvironment(ServiceName.MESSAGING));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "messaging-stop"));
        service.start();
    }

    @Override
    protected void routes(Javalin app, ServiceContext context) {
    }
}
