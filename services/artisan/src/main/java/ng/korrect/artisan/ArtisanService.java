package ng.korrect.artisan;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import ng.korrect.artisan.account.AccountReactions;
import ng.korrect.artisan.account.ErasedUsers;
import ng.korrect.artisan.erasure.UserErasure;
import ng.korrect.artisan.figures.BookingLedger;
import ng.korrect.artisan.profile.ProfileRepository;
import ng.korrect.artisan.profile.ProfileRoutes;
import ng.korrect.artisan.profile.Profiles;
import ng.korrect.artisan.review.ReviewReactions;
import ng.korrect.artisan.review.ReviewRoutes;
import ng.korrect.artisan.review.ReviewRepository;
import ng.korrect.artisan.review.Reviews;
import ng.korrect.artisan.verification.ApplicationRepository;
import ng.korrect.artisan.verification.VerificationRoutes;
import ng.korrect.artisan.verification.Verifications;
import ng.korrect.bus.BusOptions;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;
import ng.korrect.bus.policy.RetryPolicy;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.BookingCancelled;
import ng.korrect.catalog.payload.BookingConfirmed;
import ng.korrect.catalog.payload.BookingCreated;
import ng.korrect.catalog.payload.ReviewCreated;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.catalog.payload.UserUpdated;
import ng.korrect.service.KorrectService;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.Transactions;
import ng.korrect.service.peer.UsersClient;

/**
 * The artisan service (port {@code ARTISAN.defaultPort()}): profiles ({@code /api/v1/artisans}), reviews
 * ({@code /api/v1/reviews}) and verification ({@code /api/v1/verification}); its group {@code artisan}
 * consumes user.updated, user.deleted, booking.created/confirmed/cancelled and review.created.
 */
public final class ArtisanService extends KorrectService {

    /** The subject of the admin tokens the service shows the Users service. */
    public static final String SERVICE_IDENTITY = "service-artisan";

    /** The pause before an event's second delivery; it doubles for each one after. */
    public static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** The longest pause between two deliveries of an event. */
    public static final Duration LONGEST_RETRY = Duration.ofSeconds(60);

    private final ArtisanSettings settings;
    private final ErasedUsers erasedUsers = new ErasedUsers();
    private final ProfileRepository profiles = new ProfileRepository();
    private final ReviewRepository reviews = new ReviewRepository();
    private final ApplicationRepository applications = new ApplicationRepository();
    private final BookingLedger ledger = new BookingLedger(erasedUsers);

    /** The service with these settings and its own settings from the environment. */
    public ArtisanService(ServiceConfig config) {
        this(config, ArtisanSettings.fromEnvironment(), Clock.systemUTC());
    }

    /** The service with these settings and that clock, read to the millisecond as events carry time. */
    public ArtisanService(ServiceConfig config, ArtisanSettings settings, Clock clock) {
        super(config, Clock.tick(clock, Duration.ofMillis(1)));
        this.settings = settings;
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        ArtisanService service = new ArtisanService(ServiceConfig.fromEnvironment(ServiceName.ARTISAN));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "artisan-stop"));
        service.start();
    }

    /** The artisan's settings. */
    public ArtisanSettings settings() {
        return settings;
    }

    /**
     * The kit's bus settings, with a more patient retry policy for the group: {@link ArtisanSettings#maxDeliveries()}
     * deliveries, {@link #FIRST_RETRY} doubling up to {@link #LONGEST_RETRY} apart, so that an outage of
     * the Users service delays a {@code user.updated} by minutes rather than sending it to the dead letters.
     */
    @Override
    protected BusOptions busOptions(String redisUrl) {
        BusOptions defaults = super.busOptions(redisUrl);
        RetryPolicy patient = defaults.retryPolicy().withMaxDeliveries(settings.maxDeliveries())
                .withBackoff(FIRST_RETRY, LONGEST_RETRY);
        return defaults.toBuilder().retryPolicy(patient).build();
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        Transactions transactions = context.transactions();
        return List.of(new ProfileRoutes(context.auth(), new Profiles(transactions, ledger, context.clock())),
                new ReviewRoutes(context.auth(), new Reviews(transactions, ledger, context.clock())),
                new VerificationRoutes(context.auth(), new Verifications(transactions, context.clock())));
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        JdbcIdempotencyGuard guard = context.idempotency();
        group.on(BookingCreated.class, guard.guard((event, delivery, tx) -> ledger.recordCreated(tx, event.payload())));
        group.on(BookingConfirmed.class, guard.guard((event, delivery, tx) -> ledger.recordConfirmed(tx, event.payload())));
        group.on(BookingCancelled.class, guard.guard((event, delivery, tx) -> ledger.recordCancelled(tx, event.payload())));
        ReviewReactions reviewReactions = new ReviewReactions(profiles, reviews, erasedUsers);
        group.on(ReviewCreated.class, guard.guard((event, delivery, tx) -> reviewReactions.onReviewCreated(event, tx)));
        UsersClient users = new UsersClient(settings.usersUrl(), settings.usersTimeout(), settings.usersAttempts(),
                () -> context.tokens().issue(SERVICE_IDENTITY, Role.ADMIN));
        AccountReactions accounts = new AccountReactions(context.database().dataSource(), guard, users, context.clock(),
                profiles);
        group.on(UserUpdated.class, accounts.userUpdated());
        group.on(UserDeleted.class, guard.guard(new UserErasure(
                new UserErasure.Stores(profiles, applications, reviews, ledger, erasedUsers), context.clock())));
    }
}
