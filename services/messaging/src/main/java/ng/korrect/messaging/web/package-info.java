/** What the HTTP routes of the messaging service share: reading query parameters. */
package ng.korrect.messaging.web;
