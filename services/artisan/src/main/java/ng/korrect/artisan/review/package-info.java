/** Reviews: a customer rates an artisan profile once per confirmed booking; publishes review.created. */
package ng.korrect.artisan.review;
