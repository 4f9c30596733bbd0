/** Messages in conversations: sending one (which publishes message.sent) and reading them page by page. */
package ng.korrect.messaging.message;
