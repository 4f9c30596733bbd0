/** What the platform erases when a user's account is deleted ({@code user.deleted}). */
package ng.korrect.platform.erasure;
