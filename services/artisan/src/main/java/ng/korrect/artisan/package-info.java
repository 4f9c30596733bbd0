/** The artisan service: profiles, reviews, verification, and the figures built from booking events. */
package ng.korrect.artisan;
