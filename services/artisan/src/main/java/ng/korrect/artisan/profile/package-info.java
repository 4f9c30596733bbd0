/** Artisan profiles: one per artisan user, with its services, location, verification status and figures. */
package ng.korrect.artisan.profile;
