package ng.korrect.messaging.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ng.korrect.messaging.account.DeletedAccounts;
import ng.korrect.service.ApiException;
import ng.korrect.service.Caller;
import ng.korrect.service.Transactions;

/**
 * The conversations' use cases: a user starts one with another (or gets the one the pair has), lists theirs,
 * reads one, marks one read. Each runs in one transaction (a start, in a new one each time the other
 * participant's start of the same pair is still committing); a refused one throws the {@link ApiException} that
 * names why: 401 for a caller whose account was deleted, 410 for a deleted participant, and the refusals of
 * {@link ConversationAccess}.
 */
public final class Conversations {

    private static final int START_ATTEMPTS = 10;
    private static final Duration START_RETRY_WAIT = Duration.ofMillis(20);

    /** Another start of the same pair won the insert but has not committed: try again in a new transaction. */
    private static final class StartStillCommitting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartStillCommitting() {
            super("another start of this conversation is still committing", null, false, false);
        }
    }

    private final Transactions transactions;
    private final ConversationAccess access;
    private final DeletedAccounts deletedAccounts;
    private final Clock clock;
    private final ConversationRepository conversations = new ConversationRepository();
    private final ConversationSummaries summaries = new ConversationSummaries();

    /** The conversations of that database, reached through that access, refused to and by those deleted accounts. */
    public Conversations(Transactions transactions, ConversationAccess access, DeletedAccounts deletedAccounts,
                         Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.deletedAccounts = deletedAccounts;
        this.clock = clock;
    }

    /**
     * A conversation started, or found as the pair's existing one.
     *
     * @param created whether this start created it
     * @param summary the conversation as the caller sees it
     */
    public record Started(boolean created, ConversationSummary summary) {
    }

    /**
     * Starts the caller's conversation with that participant, or finds the pair's existing one, in a new
     * transaction each time the other participant's start of the same pair is still committing: H2's
     * {@code ON CONFLICT DO NOTHING} then inserts nothing while the winner's row is not visible yet (PostgreSQL
     * waits for the winner's commit instead).
     */
    public Started start(Caller caller, String participantId, Optional<String> bookingId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(tx -> startOrFind(tx.connection(), caller, participantId, bookingId));
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
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        boolean created = conversations.insertUnlessPairExists(connection, conversation,
                new ParticipantState(pair.first(), false), new ParticipantState(pair.second(), false));
        UUID id = created ? conversation.id() : conversations.findByParticipants(connection, pair)
                .orElseThrow(StartStillCommitting::new).id();
        return new Started(created, summaryFor(connection, id, caller));
    }

    /**
     * One page of a participant's conversations.
     *
     * @param conversations the conversations of the page, most recently active first
     * @param total how many conversations the participant takes part in
     */
    public record Page(List<ConversationSummary> conversations, long total) {

        /** Copies the list. */
        public Page {
            conversations = List.copyOf(conversations);
        }
    }

    /** The page of that number (from 1) and size of the caller's conversations. */
    public Page list(Caller caller, int page, int size) {
        return transactions.inTransaction(tx -> {
            deletedAccounts.requireLiveCaller(tx.connection(), caller.userId());
            List<ConversationSummary> found = summaries.ofParticipant(tx.connection(), caller.userId(),
                    (page - 1) * size, size);
            return new Page(found, summaries.countOfParticipant(tx.connection(), caller.userId()));
        });
    }

    /** The conversation of that id (as the path gives it), for one of its participants. */
    public ConversationSummary show(Caller caller, String conversationId) {
        return transactions.inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), conversationId, caller);
            return summaryFor(tx.connection(), conversation.id(), caller);
        });
    }

    /** A participant has read every message of the conversation. */
    public ConversationSummary markRead(Caller caller, String conversationId) {
        return transactions.inTransaction(tx -> {
            Conversation conversation = access.require(tx.connection(), conversationId, caller);
            conversations.markAllRead(tx.connection(), conversation.id(), caller.userId());
            return summaryFor(tx.connection(), conversation.id(), caller);
        });
    }

    private ConversationSummary summaryFor(Connection connection, UUID conversationId, Caller caller) throws SQLException {
        return summaries.one(connection, conversationId, caller.userId()).orElseThrow();
    }
}
