/** {@code korrect publish}: one event, validated against the catalog, published through the bus. */
package ng.korrect.cli.publish;
