/**
 * The transactional outbox: events written in the same database transaction as the change that causes
 * them, then published by a relay, so that no event is published for a rolled-back change and none is
 * lost for a committed one.
 */
package ng.korrect.bus.outbox;
