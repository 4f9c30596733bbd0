package ng.korrect.service;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import ng.korrect.bus.EventBus;
import ng.korrect.bus.EventPublisher;
import ng.korrect.bus.idempotency.JdbcIdempotencyGuard;

/**
 * What a started {@link KorrectService} hands its routes and handlers.
 *
 * @param config the service's settings
 * @param database its database, migrated
 * @param transactions transactions with the outbox: every state change and its events
 * @param idempotency the guard that runs a handler's writes once per event, in its transaction
 * @param bus the bus, for direct publishing where no transaction is involved
 * @param publisher the service's publisher (source: the service)
 * @param tokens the issuer of access tokens
 * @param auth the check of access tokens for routes
 * @param registry the registry that {@code /metrics} shows
 * @param clock the service's clock; tests inject a fixed one
 */
public record ServiceContext(ServiceConfig config, Database database, Transactions transactions,
                             JdbcIdempotencyGuard idempotency, EventBus bus, EventPublisher publisher,
                             TokenIssuer tokens, Auth auth, MeterRegistry registry, Clock clock) {
}
