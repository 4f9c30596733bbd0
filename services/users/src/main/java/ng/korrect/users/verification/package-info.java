/** Email verification: single-use, expiring links mailed through {@code notification.send}. */
package ng.korrect.users.verification;
