/** What the service erases when a user's account is deleted ({@code user.deleted}), whichever instance deleted it. */
package ng.korrect.users.erasure;
