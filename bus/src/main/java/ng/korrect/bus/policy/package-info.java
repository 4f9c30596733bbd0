/**
 * Pure delivery decisions (which failures are permanent, retry, backoff, dead-lettering), free of I/O and tested
 * without Redis.
 */
package ng.korrect.bus.policy;
