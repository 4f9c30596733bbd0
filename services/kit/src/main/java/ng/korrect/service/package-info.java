/**
 * The service kit: what every Korrect service shares (configuration, its database with the outbox,
 * HTTP with the contracts' error format, access tokens, and the start and stop order).
 */
package ng.korrect.service;
