/** Conversations between two users: starting one, listing them with their latest message and unread count, reading them. */
package ng.korrect.messaging.conversation;
