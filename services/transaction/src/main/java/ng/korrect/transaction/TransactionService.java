package ng.korrect.transaction;

import io.javalin.Javalin;
import ng.korrect.catalog.ServiceName;
import ng.korrect.service.KorrectService;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;

/** The transaction service (port {@code TRANSACTION.defaultPort()}). */
public final class TransactionService extends KorrectService {

    /** The service with these settings. */
    public TransactionService(ServiceConfig config) {
        super(config);
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        TransactionService service = new TransactionService(ServiceConfig.fromEnvironment(ServiceName.TRANSACTION));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "transaction-stop"));
        service.start();
    }

    @Override
    protected void routes(Javalin app, ServiceContext context) {
    }
}
