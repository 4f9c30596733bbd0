/** What happens to a user's conversations and messages when their account is deleted. */
package ng.korrect.messaging.erasure;
