/** The transaction service. */
package ng.korrect.transaction;
