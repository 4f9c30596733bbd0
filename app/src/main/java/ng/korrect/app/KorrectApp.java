package ng.korrect.app;

/** The entry point of {@code korrect up}. */
public final class KorrectApp {

    private KorrectApp() {
    }

    /** Starts the platform. */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("korrect up is being built");
    }
}
