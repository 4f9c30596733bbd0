/** Small helpers the concepts of the service share: JDBC calls, ids, amounts read from requests. */
package ng.korrect.transaction.support;
