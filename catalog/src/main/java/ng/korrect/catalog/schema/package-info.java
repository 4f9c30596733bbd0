/** Documents generated from the catalog code: a JSON Schema (draft 2020-12) per event type and an AsyncAPI 3.0 document. */
package ng.korrect.catalog.schema;
