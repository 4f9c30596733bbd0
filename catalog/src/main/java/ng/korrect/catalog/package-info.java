/**
 * The KorrectNG event catalog as code: the {@link ng.korrect.catalog.Event} envelope, the
 * {@link ng.korrect.catalog.EventType} registry and the {@link ng.korrect.catalog.EventCodec} that reads and writes
 * the wire form shared with the Node.js services.
 */
package ng.korrect.catalog;
