/**
 * The artisan service's side of user accounts: the profile's copy of the owner's names, synced from the Users
 * service on user.updated, and the users remembered as erased.
 */
package ng.korrect.artisan.account;
