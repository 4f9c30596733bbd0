package ng.korrect.bus;

import java.time.Duration;

/**
 * One service's consumer group, reading every stream it has handlers for, each stream on its own
 * connection and loop. Guarantees: an entry is acknowledged only after all its handlers succeeded; an
 * entry whose handler failed for a retriable reason is retried with backoff and finally moved to
 * {@code korrect:dlq:{type}} together with its acknowledgement (one {@code MULTI}/{@code EXEC}); one whose
 * handler failed permanently ({@link ng.korrect.bus.policy.FailureClassification}: a
 * {@link PermanentFailureException}, a programming error, or what {@link EventBus.GroupBuilder#permanentWhen}
 * adds) is moved there after that one delivery, and so is an entry that cannot be decoded; each dead letter
 * keeps the reason in {@code error} and says in {@code permanent} whether retrying was of no use; on start
 * the consumer first finishes its own pending entries; entries left pending by a consumer that is gone
 * are claimed after {@link BusOptions#claimMinIdle()}. Beside its event
 * streams the group reads its own {@link ReplayStream} ({@code korrect:replay:{group}}), where the
 * operator puts back the dead letters that this group, and only this group, failed; its entries are
 * handled, retried, claimed and dead-lettered the same way.
 *
 * <p>Build one with {@link EventBus#consumerGroup(String)}; thread-safe.
 */
public interface ConsumerGroup extends AutoCloseable {

    /** The group's name, which is the consuming service's name. */
    String name();

    /** This process's consumer name within the group. */
    String consumerName();

    /** Whether it is reading. */
    boolean isRunning();

    /** Its health, with each stream's status as last looked at ({@link BusOptions#retentionCheckInterval()}). */
    GroupHealth health();

    /**
     * Stops reading, lets in-flight handlers finish within the timeout and acknowledges them; whatever
     * did not finish stays pending, for this consumer's next start or for another consumer to claim.
     */
    void stop(Duration drainTimeout);

    /** Stops with the drain timeout of the options. */
    @Override
    void close();
}
