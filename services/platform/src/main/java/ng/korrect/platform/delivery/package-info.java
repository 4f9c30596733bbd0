/** Delivery of notifications through the push, SMS and email channels, with retries and a visible failed state. */
package ng.korrect.platform.delivery;
