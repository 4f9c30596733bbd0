/** Small helpers the concepts of the service share: ids, amounts read from requests. */
package ng.korrect.transaction.support;
