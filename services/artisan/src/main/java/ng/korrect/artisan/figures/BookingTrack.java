package ng.korrect.artisan.figures;

/**
 * What the booking read model knows of one artisan's bookings.
 *
 * @param bookings every booking known, whatever event told of it
 * @param completed bookings confirmed (the job was done)
 * @param cancelled bookings cancelled and not confirmed, by anyone
 * @param cancelledByArtisan those of {@code cancelled} that the artisan cancelled
 */
public record BookingTrack(long bookings, long completed, long cancelled, long cancelledByArtisan) {

    /** No bookings at all. */
    public static final BookingTrack NONE = new BookingTrack(0, 0, 0, 0);

    /** Rejects counts that contradict each other. */
    public BookingTrack {
        if (completed < 0 || cancelledByArtisan < 0 || cancelledByArtisan > cancelled
                || completed + cancelled > bookings) {
            throw new IllegalArgumentException("inconsistent counts: bookings " + bookings + ", completed " + completed
                    + ", cancelled " + cancelled + ", by the artisan " + cancelledByArtisan);
        }
    }

    /**
     * Bookings whose end says something of the artisan: completed, or cancelled by the artisan. A customer's
     * cancellation is left out: any customer can book and cancel at will, so counting it would let anyone sink
     * an artisan's completion rate and trust score with bookings the artisan never had a chance to do.
     */
    public long decided() {
        return completed + cancelledByArtisan;
    }
}
