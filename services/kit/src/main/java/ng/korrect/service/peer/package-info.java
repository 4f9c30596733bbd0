/**
 * Calls from one Korrect service to another over HTTP: a {@link ng.korrect.service.peer.PeerClient} for JSON
 * resources read with a service token, and the {@link ng.korrect.service.peer.UsersClient} every service uses
 * to read an account, with one failure policy.
 */
package ng.korrect.service.peer;
