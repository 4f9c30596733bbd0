/**
 * Disputes about a funded escrow: opened by a party (releases freeze), resolved by an admin with a split of
 * what is held, escalated by a scheduled job when left unresolved too long.
 */
package ng.korrect.transaction.dispute;
