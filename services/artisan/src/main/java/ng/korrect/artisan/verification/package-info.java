/**
 * Verification: an artisan applies with documents, an admin approves or rejects; publishes
 * verification.submitted, verification.approved and verification.rejected.
 */
package ng.korrect.artisan.verification;
