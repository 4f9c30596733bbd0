/**
 * Plain JDBC for the services' repositories: statements with parameters bound in order, and the erasure of
 * the sent outbox envelopes that name a deleted user.
 */
package ng.korrect.service.jdbc;
