/** Accounts: the stored user, the profile routes, deletion and the cleanup on {@code user.deleted}. */
package ng.korrect.users.account;
