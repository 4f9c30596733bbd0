/** The {@code korrect} command line: picocli commands over the catalog, the streams, the consumer groups and the dead letters. */
package ng.korrect.cli;
