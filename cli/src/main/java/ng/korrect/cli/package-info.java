/** The {@code korrect} command line: picocli commands over the catalog (and later the bus). */
package ng.korrect.cli;
