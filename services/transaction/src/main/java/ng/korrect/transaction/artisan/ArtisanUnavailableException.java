package ng.korrect.transaction.artisan;

/** The artisan service gave no usable answer in time; the request that needed it may be tried again later. */
public final class ArtisanUnavailableException extends RuntimeException {

    /** With the reason. */
    public ArtisanUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
