package ng.korrect.app.chaos;

/**
 * A scenario of an actor cannot go on: a step was refused, or its outcome is unknown. The actor picks a
 * fresh scenario; what the step may have done is already in the {@link Ledger}.
 */
final class ScenarioAbandoned extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScenarioAbandoned(String step, Answer answer) {
        super(step + ": " + answer, null, false, false);
    }
}
