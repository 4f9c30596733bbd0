package ng.korrect.app.chaos;

/**
 * Something the run found wrong: which check, what was expected, and what was found.
 *
 * @param check the check that found it, e.g. {@code acknowledged}, {@code wire}, {@code effects}, {@code quiet}
 * @param expected what should have been
 * @param found what was
 */
record Violation(String check, String expected, String found) {

    @Override
    public String toString() {
        return "[" + check + "] expected " + expected + "; found " + found;
    }
}
