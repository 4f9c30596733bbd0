/**
 * The event bus on Redis Streams: an {@link ng.korrect.bus.EventPublisher} that puts catalog events on their
 * streams and {@link ng.korrect.bus.ConsumerGroup}s that hand them to typed handlers, at least once and never
 * lost without a trace.
 */
package ng.korrect.bus;
