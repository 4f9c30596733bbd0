/** What the artisan service erases, and what it keeps anonymised, when a user's account is deleted ({@code user.deleted}). */
package ng.korrect.artisan.erasure;
