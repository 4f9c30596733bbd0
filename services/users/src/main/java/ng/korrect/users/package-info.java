/** The users service: accounts, sign-in and email verification, and the events they cause. */
package ng.korrect.users;
