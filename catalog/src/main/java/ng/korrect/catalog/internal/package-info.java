/** The codec's implementation: payload models, the streaming reader and the {@code JSON.stringify}-exact writer. May change without notice. */
package ng.korrect.catalog.internal;
