/** {@code korrect dlq}: list, show, replay (to the failing group alone) and purge dead letters. */
package ng.korrect.cli.dlq;
