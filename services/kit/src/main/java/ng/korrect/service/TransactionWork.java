package ng.korrect.service;

/**
 * Work done in one transaction: its writes and the events it publishes commit together.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface TransactionWork<T> {

    /** Does the work; an exception rolls everything back. */
    T run(Transaction transaction) throws Exception;
}
