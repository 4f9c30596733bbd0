/** Accounts: the stored user, the profile routes and deletion. */
package ng.korrect.users.account;
