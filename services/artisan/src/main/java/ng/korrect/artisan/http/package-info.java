/** Small helpers of the artisan service's HTTP routes that the service kit does not have. */
package ng.korrect.artisan.http;
