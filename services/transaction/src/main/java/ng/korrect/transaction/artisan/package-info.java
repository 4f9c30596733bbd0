/**
 * The artisan service as the transaction service sees it: the profiles that bookings refer to, read over
 * HTTP so that a booking names a profile that exists and the artisan who owns it.
 */
package ng.korrect.transaction.artisan;
