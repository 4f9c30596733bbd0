package ng.korrect.messaging;

import java.time.Clock;
import java.util.List;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.ServiceName;
import ng.korrect.catalog.payload.UserDeleted;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.messaging.conversation.ConversationAccess;
import ng.korrect.messaging.conversation.ConversationRepository;
import ng.korrect.messaging.conversation.ConversationRoutes;
import ng.korrect.messaging.conversation.Conversations;
import ng.korrect.messaging.erasure.UserErasure;
import ng.korrect.messaging.message.MessageRepository;
import ng.korrect.messaging.message.MessageRoutes;
import ng.korrect.messaging.message.Messages;
import ng.korrect.service.KorrectService;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceConfig;
import ng.korrect.service.ServiceContext;

/**
 * The messaging service (port 3004 by default): conversations between two users and their messages
 * under {@code /api/v1/messages}; publishes {@code message.sent}; consumes {@code user.deleted} in the
 * group {@code messaging} to erase a deleted user's messages.
 */
public final class MessagingService extends KorrectService {

    private final MessagingSettings settings;
    private final DeletedAccounts deletedAccounts = new DeletedAccounts();
    private final ConversationRepository conversations = new ConversationRepository();
    private final MessageRepository messages = new MessageRepository();

    /** The service with these settings, its own settings from the environment, and the system clock. */
    public MessagingService(ServiceConfig config) {
        this(config, MessagingSettings.fromEnvironment(), Clock.systemUTC());
    }

    /** The service with these settings and that clock. */
    public MessagingService(ServiceConfig config, MessagingSettings settings, Clock clock) {
        super(config, clock);
        this.settings = settings;
    }

    /** Runs the service alone, configured by the environment, until the process stops. */
    public static void main(String[] args) {
        MessagingService service = new MessagingService(ServiceConfig.fromEnvironment(ServiceName.MESSAGING));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "messaging-stop"));
        service.start();
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        ConversationAccess access = new ConversationAccess(conversations, deletedAccounts);
        return List.of(new ConversationRoutes(context.auth(),
                        new Conversations(context.transactions(), access, deletedAccounts, context.clock())),
                new MessageRoutes(context.auth(),
                        new Messages(context.transactions(), access, deletedAccounts, context.clock()),
                        settings.maxBodyLength()));
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        group.on(UserDeleted.class, context.idempotency().guard(
                new UserErasure(deletedAccounts, conversations, messages, context.clock())));
    }
}
