/** Servers the platform starts for itself when none is configured: an embedded Redis on a free port. */
package ng.korrect.embedded;
