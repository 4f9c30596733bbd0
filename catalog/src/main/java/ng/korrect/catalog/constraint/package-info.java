/**
 * Constraints on payload fields, declared on the record components and enforced by the codec in both
 * directions and by the generated JSON Schemas.
 */
package ng.korrect.catalog.constraint;
