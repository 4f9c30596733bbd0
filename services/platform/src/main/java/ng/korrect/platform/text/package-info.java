/** The words of every notification, written for people, in one place. */
package ng.korrect.platform.text;
