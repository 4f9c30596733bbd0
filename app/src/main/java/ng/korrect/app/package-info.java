/** The platform in one process: {@code korrect up} starts every service, or one alone. */
package ng.korrect.app;
