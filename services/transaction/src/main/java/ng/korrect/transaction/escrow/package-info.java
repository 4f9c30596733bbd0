/**
 * Job contracts with milestones and their escrow: funded by one or more payments, released milestone by
 * milestone, refunded; every movement of money under the escrow row's lock.
 */
package ng.korrect.transaction.escrow;
