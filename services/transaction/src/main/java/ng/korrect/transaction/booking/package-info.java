/** Bookings: a customer books an artisan; the booking is confirmed with its final price or cancelled. */
package ng.korrect.transaction.booking;
