/** The messaging service. */
package ng.korrect.messaging;
