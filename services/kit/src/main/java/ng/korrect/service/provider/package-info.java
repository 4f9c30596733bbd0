/** Outside providers that deliver messages (email, SMS, push) over HTTP: where they are and how they are called. */
package ng.korrect.service.provider;
