/**
 * {@code korrect chaos}: the platform crash test. Runs the platform in a child process under a mixed workload
 * of concurrent actors, kills it (and its Redis, and its database connections) at random instants, and checks
 * afterwards, by count, that nothing acknowledged was lost, duplicated or left stuck.
 */
package ng.korrect.app.chaos;
