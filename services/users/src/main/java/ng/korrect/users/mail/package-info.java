/**
 * Mail that only its recipient may read (verification links): queued with the change that causes it,
 * sent by the users service itself to the mailbox, and deleted once the mailbox has it.
 */
package ng.korrect.users.mail;
