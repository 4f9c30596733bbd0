package ng.korrect.platform;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.Role;
import ng.korrect.platform.delivery.Channels;
import ng.korrect.platform.delivery.Deliveries;
import ng.korrect.platform.delivery.DeliveryRoutes;
import ng.korrect.platform.delivery.DeliveryWorker;
import ng.korrect.platform.inbox.InboxRoutes;
import ng.korrect.platform.inbox.Notifications;
import ng.korrect.platform.reaction.Reactions;
import ng.korrect.service.KorrectService;
import ng.korrect.service.Poller;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.peer.UsersClient;

/**
 * The platform service (port {@code PLATFORM.defaultPort()}): notifications for everyone. Its group
 * {@code platform} turns the catalog's events into inbox notifications and channel deliveries; its API
 * under {@code /api/v1/notifications} shows each user their inbox and admins the deliveries; a worker
 * attempts due deliveries and retries the failed ones with backoff.
 */
public final class PlatformService extends KorrectService {

    /**
     * How the bus retries an event whose handler failed: the kit's {@link #SERVICE_RETRIES} (half a second
     * doubling up to a minute) with up to 12 deliveries (some minutes in all), because a handler fails
     * mostly when a read model waits for an event of another stream, which usually arrives within seconds.
     */
    static final RetryPolicy EVENT_RETRIES = SERVICE_RETRIES.withMaxDeliveries(12);
    private static final String SERVICE_SUBJECT = "platform-service";

    private final PlatformSettings settings;

    /** The service with these settings, its own settings from the environment, and the system clock. */
    public PlatformService(ServiceConfig config) {
        this(config, PlatformSettings.fromEnvironment(), Clock.systemUTC());
    }

    /** The service with these settings and that clock (tests move it to retry deliveries without waiting). */
    public PlatformService(ServiceConfig config, PlatformSettings settings, Clock clock) {
        super(config, clock);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        PlatformService service = new PlatformService(ServiceConfig.fromEnvironment(ServiceName.PLATFORM));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "platform-stop"));
        service.start();
    }

    @Override
    protected BusOptions busOptions(String redisUrl) {
        return super.busOptions(redisUrl).toBuilder().retryPolicy(EVENT_RETRIES).build();
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        return List.of(new DeliveryRoutes(context.auth(), new Deliveries(context.transactions())),
                new InboxRoutes(context.auth(), new Notifications(context.transactions(), context.clock())));
    }

    @Override
    protected List<Poller> jobs(ServiceContext context) {
        DeliveryWorker worker = new DeliveryWorker(context.database().dataSource(),
                Channels.configure(settings::provider, settings.providerTimeout(), context.database().dataSource(),
                        context.clock()), settings.backoff(), context.clock());
        return List.of(new Poller("platform-deliveries", settings.pollInterval(), worker::attemptDue));
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        UsersClient usersClient = new UsersClient(settings.usersUrl(), settings.providerTimeout(), 1,
                () -> context.tokens().issue(SERVICE_SUBJECT, Role.ADMIN));
        Reactions.register(group, context.idempotency(), usersClient, context.clock());
    }
}
