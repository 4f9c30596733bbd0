/**
 * The {@code korrect catalog} commands: list, show, schema, asyncapi and validate over the event catalog;
 * and what the other commands read from it: event types by name, the consumer groups it expects.
 */
package ng.korrect.cli.catalog;
