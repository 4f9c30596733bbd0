/** What the service does when a user deletes their account: keeps the financial records, erases personal text. */
package ng.korrect.transaction.erasure;
