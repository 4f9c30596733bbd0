/** The bus's implementation on Lettuce. May change without notice. */
package ng.korrect.bus.internal;
