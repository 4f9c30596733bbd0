/** {@code korrect tail}: events as they arrive, read without consumer groups. */
package ng.korrect.cli.tail;
