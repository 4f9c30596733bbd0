/**
 * Idempotency guards: handlers whose effects happen once per event and group even when the bus delivers
 * an entry twice (after a crash, a reclaim, or a lost acknowledgement).
 */
package ng.korrect.bus.idempotency;
