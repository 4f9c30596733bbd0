/** What commands print: aligned text tables, JSON documents, times and durations. */
package ng.korrect.cli.output;
