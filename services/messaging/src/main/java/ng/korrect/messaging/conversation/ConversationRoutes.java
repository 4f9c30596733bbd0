package ng.korrect.messaging.conversation;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.service.QueryParameters;
import ng.korrect.service.Caller;
import ng.korrect.service.RequestBody;
import ng.korrect.service.Routes;
import ng.korrect.service.ServiceContext;

/**
 * The HTTP API of conversations under {@value #ROOT}: start one (or get the existing one of the pair),
 * list the caller's, show one, mark one read. Any signed-in user may call them.
 */
public final class ConversationRoutes implements Routes {

    private static final int START_ATTEMPTS = 10;
    private static final Duration START_RETRY_WAIT = Duration.ofMillis(20);

    /** Another start of the same pair won the insert but has not committed: try again in a new transaction. */
    private static final class StartStillCommitting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartStillCommitting() {
            super("another start of this conversation is still committing", null, false, false);
        }
    }

    /** The root of the conversations API. */
    public static final String ROOT = "/api/v1/messages/conversations";
    /** The page size of the list of conversations when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page of conversations. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The longest user or booking id accepted (the width of the id columns). */
    public static final int MAX_ID_LENGTH = 100;

    private final ServiceContext context;
    private final ConversationRepository conversations;
    private final ConversationSummaries summaries;
    private final ConversationAccess access;
    private final DeletedAccounts deletedAccounts;

    /** The routes, on that context, with those repositories. */
    public ConversationRoutes(ServiceContext context, ConversationRepository conversations, ConversationSummaries summaries,
                              ConversationAccess access, DeletedAccounts deletedAccounts) {
        this.context = context;
        this.conversations = conversations;
        this.summaries = summaries;
        this.access = access;
        this.deletedAccounts = deletedAccounts;
    }

    @Override
    public void install(Javalin app) {
        app.post(ROOT, this::start);
        app.get(ROOT, this::list);
        app.get(ROOT + "/{conversationId}", this::show);
        app.post(ROOT + "/{conversationId}/read", this::markRead);
    }

    private void start(Context ctx) {
        Caller caller = context.auth().require(ctx);
        RequestBody body = RequestBody.parse(ctx.body());
        String participantId = body.check("participantId", body.requiredText("participantId", MAX_ID_LENGTH),
                id -> !id.equals(caller.userId()), "must be another user than the caller");
        Optional<String> bookingId = body.optionalText("bookingId", MAX_ID_LENGTH);
        body.validate();
        Started started = startOrFindRetrying(caller, participantId, bookingId);
        ctx.status(started.created() ? 201 : 200).json(started.summary());
    }

    /**
     * Starts or finds the conversation, in a new transaction each time the other participant's start of the same
     * pair is still committing: H2's {@code ON CONFLICT DO NOTHING} then inserts nothing while the winner's row is
     * not visible yet (PostgreSQL waits for the winner's commit instead).
     */
    private Started startOrFindRetrying(Caller caller, String participantId, Optional<String> bookingId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return context.transactions().inTransaction(tx -> startOrFind(tx.connection(), caller, participantId, bookingId));
            } catch (StartStillCommitting e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(START_RETRY_WAIT.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Started startOrFind(Connection connection, Caller caller, String participantId, Optional<String> bookingId)
            throws SQLException {
        deletedAccounts.requireLiveCaller(connection, caller.userId());
        Participants pair = Participants.of(caller.userId(), participantId);
        Optional<Conversation> existing = conversations.findByParticipants(connection, pair);
        if (existing.isPresent()) {
            return new Started(false, summaryFor(connection, existing.get().id(), caller));
        }
        if (deletedAccounts.isDeleted(connection, participantId)) {
            throw DeletedAccounts.gone(participantId);
        }
        Conversation conversation = new Conversation(UUID.randomUUID(), pair, bookingId, caller.userId(),
                context.clock().instant().truncatedTo(ChronoUnit.MILLIS));
        boolean created = conversations.insertUnlessPairExists(connection, conversation,
                new ParticipantState(pair.first(), false), new ParticipantState(pair.second(), false));
        UUID id = created ? conversation.id() : conversations.findByParticipants(connection, pair)
                .orElseThrow(StartStillCommitting::new).id();
        return new Started(created, summaryFor(connection, id, caller));
    }

    private void list(Context ctx) {
        Caller caller = context.auth().require(ctx);
        int page = QueryParameters.wholeNumber(ctx, "page", 1, 1, 1_000_000);
        int size = QueryParameters.wholeNumber(ctx, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        Map<String, Object> answer = context.transactions().inTransaction(tx -> {
            deletedAccounts.requireLiveCaller(tx.connection(), caller.userId());
            Map<String, Object> listing = new LinkedHashMap<>();
            listing.put("conversations", summaries.ofParticipant(tx.connection(), caller.userId(), (page - 1) * size, size));
            listing.put("page", page);
            listing.put("size", size);
            listing.put("total", summaries.countOfParticipant(tx.connection(), caller.userId()));
            return listing;
        });
        ctx.json(answer);
    }

    private void show(Context ctx) {
        Caller caller = context.auth().require(ctx);
        ctx.json(context.transactions().inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), ctx.pathParam("conversationId"), caller);
            return summaryFor(tx.connection(), conversation.id(), caller);
        }));
    }

    private void markRead(Context ctx) {
        Caller caller = context.auth().require(ctx);
        ctx.json(context.transactions().inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), ctx.pathParam("conversationId"), caller);
            conversations.markAllRead(tx.connection(), conversation.id(), caller.userId());
            return summaryFor(tx.connection(), conversation.id(), caller);
        }));
    }

    private ConversationSummary summaryFor(Connection connection, UUID conversationId, Caller caller) throws SQLException {
        return summaries.one(connection, conversationId, caller.userId()).orElseThrow();
    }

    private record Started(boolean created, ConversationSummary summary) {
    }
}
