/** The in-app inbox: each user's notifications, newest first, read and unread. */
package ng.korrect.platform.inbox;
