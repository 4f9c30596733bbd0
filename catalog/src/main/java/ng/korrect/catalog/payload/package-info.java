/**
 * The 21 payloads of the KorrectNG catalog, one record each under the sealed {@link ng.korrect.catalog.payload.EventPayload},
 * with the catalog's closed sets as enums.
 */
package ng.korrect.catalog.payload;
