package ng.korrect.service.internal;

import java.util.function.Predicate;
import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventHandler;
import ng.korrect.catalog.payload.EventPayload;
import ng.korrect.catalog.payload.UserDeleted;

/**
 * The group builder a service's {@code handlers} receive: it counts the handlers (a service with none starts
 * no group) and makes every service consume {@code user.deleted} to refuse the deleted user's access tokens
 * ({@link RevokedUsers}) before its own handler, if any, erases what it holds. The revocation is idempotent, so
 * a redelivery, or a retry after the service's handler failed, records nothing twice.
 */
public final class RevokingGroupBuilder implements EventBus.GroupBuilder {

    private final EventBus.GroupBuilder delegate;
    private final RevokedUsers revoked;
    private int handlers;
    private boolean deletionsHandled;

    /** Adds handlers to that builder, revoking in that list. */
    public RevokingGroupBuilder(EventBus.GroupBuilder delegate, RevokedUsers revoked) {
        this.delegate = delegate;
        this.revoked = revoked;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P extends EventPayload> EventBus.GroupBuilder on(Class<P> payloadType, EventHandler<P> handler) {
        handlers++;
        if (payloadType == UserDeleted.class) {
            deletionsHandled = true;
            EventHandler<UserDeleted> erasure = (EventHandler<UserDeleted>) handler;
            delegate.on(UserDeleted.class, (event, delivery) -> {
                revoked.revoke(event.payload().userId(), event.timestamp());
                erasure.handle(event, delivery);
            });
        } else {
            delegate.on(payloadType, handler);
        }
        return this;
    }

    @Override
    public EventBus.GroupBuilder permanentWhen(Predicate<? super Throwable> permanent) {
        delegate.permanentWhen(permanent);
        return this;
    }

    @Override
    public EventBus.GroupBuilder retriableWhen(Predicate<? super Throwable> retriable) {
        delegate.retriableWhen(retriable);
        return this;
    }

    @Override
    public EventBus.GroupBuilder consumerName(String consumerName) {
        delegate.consumerName(consumerName);
        return this;
    }

    /** Adds the revocation alone when the service handles no {@code user.deleted} itself, then starts. */
    @Override
    public ConsumerGroup start() {
        if (!deletionsHandled) {
            on(UserDeleted.class, (event, delivery) -> { });
        }
        return delegate.start();
    }

    /** Whether the service added any handler. */
    public boolean hasHandlers() {
        return handlers > 0;
    }
}
