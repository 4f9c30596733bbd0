package ng.korrect.bus.policy;

/** What a handler's failure is, for {@link RetryPolicy#afterFailure(long, FailureKind)}. */
public enum FailureKind {
    /** It may pass (a dependency down, a read model not ready): deliver again after a backoff. */
    RETRIABLE,
    /** No later delivery can cure it: dead-letter at once. */
    PERMANENT
}
