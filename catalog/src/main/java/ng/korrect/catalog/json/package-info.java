/** Immutable JSON values, for the free-form parts of an event: {@code metadata} and a notification's {@code data}. */
package ng.korrect.catalog.json;
