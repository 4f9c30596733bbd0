/** The {@code korrect catalog} commands: list, show, schema, asyncapi and validate over the event catalog. */
package ng.korrect.cli.catalog;
