/** Retention safety: how far behind each group is on each stream, and whether trimming took entries it never read. */
package ng.korrect.bus.retention;
