/** Registration and sign-in: password strength and hashing, new accounts, access tokens. */
package ng.korrect.users.auth;
