package ng.korrect.service.internal;

import ng.korrect.bus.ConsumerGroup;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventHandler;
import ng.korrect.catalog.payload.EventPayload;

/** A group builder that counts its handlers, so that a service with none starts no group. */
public final class CountingGroupBuilder implements EventBus.GroupBuilder {

    private final EventBus.GroupBuilder delegate;
    private int handlers;

    /** Counts the handlers added to that builder. */
    public CountingGroupBuilder(EventBus.GroupBuilder delegate) {
        this.delegate = delegate;
    }

    @Override
    public <P extends EventPayload> EventBus.GroupBuilder on(Class<P> payloadType, EventHandler<P> handler) {
        handlers++;
        delegate.on(payloadType, handler);
        return this;
    }

    @Override
    public EventBus.GroupBuilder consumerName(String consumerName) {
        delegate.consumerName(consumerName);
        return this;
    }

    @Override
    public ConsumerGroup start() {
        return delegate.start();
    }

    /** Whether any handler was added. */
    public boolean hasHandlers() {
        return handlers > 0;
    }
}
