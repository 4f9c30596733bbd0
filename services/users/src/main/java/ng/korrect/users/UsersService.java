package ng.korrect.users;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.service.Environment;
import ng.korrect.service.KorrectService;
import ng.korrect.service.Poller;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;
import ng.korrect.service.provider.ProviderEndpoint;
import ng.korrect.users.account.AccountRepository;
import ng.korrect.users.account.AccountRoutes;
import ng.korrect.users.account.Accounts;
import ng.korrect.users.admin.AdminBootstrap;
import ng.korrect.users.auth.AuthRoutes;
import ng.korrect.users.auth.HashingCapacity;
import ng.korrect.users.auth.LoginThrottle;
import ng.korrect.users.auth.Logins;
import ng.korrect.users.auth.PasswordHasher;
import ng.korrect.users.auth.Registrations;
import ng.korrect.users.erasure.UserErasure;
import ng.korrect.users.mail.MailQueue;
import ng.korrect.users.mail.MailSender;
import ng.korrect.users.mail.Mailer;
import ng.korrect.users.mail.MailboxDirectory;
import ng.korrect.users.mail.ProviderMailer;
import ng.korrect.users.verification.EmailVerifications;
import ng.korrect.users.verification.VerificationRoutes;
import ng.korrect.users.verification.VerificationTokenRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users service (port 3001): registration, sign-in, email verification, profiles and account
 * deletion, under {@code /api/v1/auth} and {@code /api/v1/account}; publishes {@code user.created},
 * {@code user.updated}, {@code user.deleted}, {@code user.email_verified} and the
 * {@code notification.send} that mails verification links; its group {@code users} consumes
 * {@code user.deleted}. Settings beyond the kit's: {@link UsersSettings}.
 */
public final class UsersService extends KorrectService {

    private static final Logger LOG = LoggerFactory.getLogger(UsersService.class);

    private static final Duration MAIL_POLL = Duration.ofMillis(500);
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(5);

    private final UsersSettings settings;
    private final Optional<ProviderEndpoint> emailProvider;
    private volatile Parts parts;

    /** The service with these settings, its own from the environment, and the system clock. */
    public UsersService(ServiceConfig config) {
        this(config, UsersSettings.fromEnvironment(), Clock.systemUTC());
    }

    /** The service with these settings and that clock (tests move it to expire links). */
    public UsersService(ServiceConfig config, UsersSettings settings, Clock clock) {
        super(config, clock);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.emailProvider = ProviderEndpoint.fromEnvironment(Environment.system(), EMAIL_PROVIDER_PREFIX);
        if (settings.bcryptCost() < 10) {
            LOG.warn("users: bcrypt cost {} is below 10; fine for tests, too weak for production", settings.bcryptCost());
        }
    }

    /** The prefix of the email provider's variables: {@code KORRECT_EMAIL_URL}, {@code KORRECT_EMAIL_KEY}. */
    public static final String EMAIL_PROVIDER_PREFIX = "KORRECT_EMAIL_";

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        UsersService service = new UsersService(ServiceConfig.fromEnvironment(ServiceName.USERS));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "users-stop"));
        service.start();
    }

    /**
     * Creates an admin account with that login when none exists (email verified, {@code user.created}
     * published through the outbox) and returns true; returns false when an admin exists. Call it once
     * the service is started.
     *
     * @throws IllegalArgumentException when the email is not an address or the password too weak
     * @throws IllegalStateException when the service is not started, or the email belongs to a non-admin
     */
    public boolean ensureAdmin(String email, String password) {
        Parts started = parts;
        if (started == null || context() == null) {
            throw new IllegalStateException("the users service is not started");
        }
        return started.adminBootstrap().ensureAdmin(email, password);
    }

    /** The service's own settings. */
    public UsersSettings settings() {
        return settings;
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        group.on(UserDeleted.class, context.idempotency().guard(new UserErasure(parts(context).accounts())));
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        Parts wired = parts(context);
        return List.of(new AuthRoutes(wired.registrations(), wired.logins(), settings.trustedProxies()),
                new VerificationRoutes(context.auth(), wired.verifications()),
                new AccountRoutes(context.auth(), wired.accounts()));
    }

    @Override
    protected List<Poller> jobs(ServiceContext context) {
        Mailer mailer = mailer(context);
        LOG.info("users: verification mail goes to {}", mailer.describe());
        MailSender sender = new MailSender(context.database().dataSource(), parts(context).mailQueue(), mailer,
                context.clock());
        return List.of(new Poller("users-mail", MAIL_POLL, sender::sendDue));
    }

    private Mailer mailer(ServiceContext context) {
        return emailProvider.<Mailer>map(endpoint -> new ProviderMailer(endpoint, MAIL_TIMEOUT))
                .orElseGet(() -> new MailboxDirectory(MailboxDirectory.in(config().dataDir()), context.clock()));
    }

    private synchronized Parts parts(ServiceContext context) {
        if (parts == null || parts.context() != context) {
            parts = Parts.wire(context, settings);
        }
        return parts;
    }

    /** The service's parts, wired once per start. */
    private record Parts(ServiceContext context, Accounts accounts, Registrations registrations, Logins logins,
                         EmailVerifications verifications, AdminBootstrap adminBootstrap, MailQueue mailQueue) {

        static Parts wire(ServiceContext context, UsersSettings settings) {
            AccountRepository accountTable = new AccountRepository();
            VerificationTokenRepository tokenTable = new VerificationTokenRepository();
            MailQueue mailQueue = new MailQueue();
            PasswordHasher hasher = PasswordHasher.create(settings.bcryptCost(), settings.hashingThreads(),
                    settings.hashingQueue());
            HashingCapacity capacity = hasher.pool().capacity();
            LOG.info("users: passwords hashed on {} threads with {} more waiting at most (one bcrypt check at cost {}: {} ms)",
                    capacity.threads(), capacity.queue(), settings.bcryptCost(), hasher.costOfOneHash().toMillis());
            EmailVerifications verifications = new EmailVerifications(context.transactions(), accountTable, tokenTable,
                    mailQueue, settings, context.clock());
            Registrations registrations = new Registrations(context.transactions(), accountTable, hasher, verifications,
                    context.clock());
            LoginThrottle throttle = new LoginThrottle(settings.loginLimits(), context.clock());
            return new Parts(context, new Accounts(context.transactions(), accountTable, tokenTable, mailQueue,
                    context.clock()),
                    registrations, new Logins(context.transactions(), accountTable, hasher, context.tokens(), throttle),
                    verifications, new AdminBootstrap(context.transactions(), accountTable, registrations), mailQueue);
        }
    }
}
