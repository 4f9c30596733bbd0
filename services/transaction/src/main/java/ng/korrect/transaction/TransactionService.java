package ng.korrect.transaction;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.KorrectService;
import ng.korrect.service.Poller;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.Transactions;
import ng.korrect.transaction.artisan.ArtisanProfiles;
import ng.korrect.transaction.booking.BookingRoutes;
import ng.korrect.transaction.booking.Bookings;
import ng.korrect.transaction.dispute.DisputeEscalation;
import ng.korrect.transaction.dispute.DisputeRoutes;
import ng.korrect.transaction.dispute.Disputes;
import ng.korrect.transaction.erasure.UserErasure;
import ng.korrect.transaction.escrow.ContractRoutes;
import ng.korrect.transaction.escrow.Contracts;
import ng.korrect.transaction.escrow.EscrowLedger;
import ng.korrect.transaction.escrow.EscrowRoutes;
import ng.korrect.transaction.escrow.Escrows;
import ng.korrect.transaction.payment.ChargeNotifications;
import ng.korrect.transaction.payment.PaymentGateway;
import ng.korrect.transaction.payment.PaymentLedger;
import ng.korrect.transaction.payment.PaymentRoutes;
import ng.korrect.transaction.payment.Payments;
import ng.korrect.transaction.payment.SimulatedGateway;
import ng.korrect.transaction.payment.WebhookRoutes;
import ng.korrect.transaction.payment.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction service (port 3003): bookings, payments, job contracts with escrow, and disputes.
 * Publishes {@code booking.*}, {@code payment.*}, {@code escrow.*} and {@code dispute.*}; consumes
 * {@code user.deleted} in the group {@code transaction}.
 */
public final class TransactionService extends KorrectService {

    /** The subject of the admin tokens the service shows the artisan service. */
    public static final String SERVICE_IDENTITY = "service-transaction";

    private static final Logger LOG = LoggerFactory.getLogger(TransactionService.class);

    private final TransactionSettings settings;
    private final PaymentGateway gateway;
    private volatile DisputeEscalation escalation;

    /** The service with these settings, its own from the environment, and the system clock. */
    public TransactionService(ServiceConfig config) {
        this(config, TransactionSettings.fromEnvironment(), Clock.systemUTC());
    }

    /** The service with these settings and that clock, charging through the simulated gateway. */
    public TransactionService(ServiceConfig config, TransactionSettings settings, Clock clock) {
        this(config, settings, clock, new SimulatedGateway());
    }

    /** The service with these settings, that clock and that payment gateway. */
    public TransactionService(ServiceConfig config, TransactionSettings settings, Clock clock, PaymentGateway gateway) {
        super(config, clock);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        TransactionService service = new TransactionService(ServiceConfig.fromEnvironment(ServiceName.TRANSACTION));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "transaction-stop"));
        service.start();
    }

    /** Escalates the disputes due now, as the scheduled job does; returns how many. Once started. */
    public int runEscalation() {
        return escalation.runEscalation();
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        EscrowLedger escrowLedger = new EscrowLedger(context.clock());
        PaymentLedger paymentLedger = new PaymentLedger(gateway, escrowLedger, context.clock());
        ArtisanProfiles profiles = new ArtisanProfiles(settings.artisanUrl(), settings.artisanTimeout(),
                () -> context.tokens().issue(SERVICE_IDENTITY, Role.ADMIN));
        if (settings.webhookSecretGenerated()) {
            LOG.warn("PAYMENT_WEBHOOK_SECRET is unset: payment webhooks are checked against a secret generated for this "
                    + "process, which no provider knows; set it to the provider's secret");
        }
        Transactions transactions = context.transactions();
        return List.of(new BookingRoutes(context.auth(),
                        new Bookings(transactions, profiles, paymentLedger, context.clock())),
                new WebhookRoutes(new ChargeNotifications(transactions, paymentLedger, context.clock()),
                        new WebhookSignature(settings.webhookSecret())),
                new PaymentRoutes(context.auth(), new Payments(transactions, paymentLedger)),
                new ContractRoutes(context.auth(), new Contracts(transactions, context.clock())),
                new EscrowRoutes(context.auth(), new Escrows(transactions, escrowLedger, paymentLedger)),
                new DisputeRoutes(context.auth(), new Disputes(transactions, escrowLedger, context.clock()),
                        settings.escalationAfter()));
    }

    @Override
    protected List<Poller> jobs(ServiceContext context) {
        escalation = new DisputeEscalation(context.transactions(), context.clock(), settings.escalationAfter());
        return List.of(new Poller("transaction-dispute-escalation", settings.escalationInterval(),
                settings.escalationInterval(), this::escalateDue));
    }

    private void escalateDue() {
        int escalated = escalation.runEscalation();
        if (escalated > 0) {
            LOG.info("escalated {} dispute(s) left unresolved too long", escalated);
        }
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        group.on(UserDeleted.class, context.idempotency().guard(new UserErasure()));
    }
}
