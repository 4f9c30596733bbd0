/** {@code korrect streams}: the state of every stream, consumer group and dead-letter stream. */
package ng.korrect.cli.streams;
