/** The kit's implementation: HTTP filters and handlers, readiness checks. May change without notice. */
package ng.korrect.service.internal;
