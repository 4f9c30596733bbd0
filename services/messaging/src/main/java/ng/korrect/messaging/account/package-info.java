/** Which users' accounts were deleted, and what that forbids. */
package ng.korrect.messaging.account;
