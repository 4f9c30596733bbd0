/** The platform service: notifications for everyone, from the catalog's events to inboxes and channels. */
package ng.korrect.platform;
