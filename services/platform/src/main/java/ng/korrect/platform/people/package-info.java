/**
 * The read models the platform builds from earlier events, to resolve what an event does not say:
 * users and their contact details, admins, profile owners, dispute parties and bookings.
 */
package ng.korrect.platform.people;
