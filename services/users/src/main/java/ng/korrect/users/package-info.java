/** The users service. */
package ng.korrect.users;
