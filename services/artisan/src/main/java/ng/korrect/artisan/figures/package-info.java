/**
 * An artisan's figures (bookings, completed jobs, rates, rating, trust score), aggregated from the
 * per-booking read model that the booking events build and from the reviews.
 */
package ng.korrect.artisan.figures;
