/** Thin helpers over JDBC shared by the artisan service's stores. */
package ng.korrect.artisan.jdbc;
