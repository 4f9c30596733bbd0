/**
 * Payments: charges through a {@link ng.korrect.transaction.payment.PaymentGateway} for a booking or towards an
 * escrow, and the provider's signed webhook that settles pending charges.
 */
package ng.korrect.transaction.payment;
