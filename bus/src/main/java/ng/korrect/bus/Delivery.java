package ng.korrect.bus;

/**
 * The facts of one delivery, apart from the event itself.
 *
 * @param stream the stream key the entry was read from
 * @param entryId the stream entry id
 * @param group the consumer group
 * @param consumer the consumer that holds the entry
 * @param deliveryCount how many times the entry has been delivered, this time included (1 the first time)
 */
public record Delivery(String stream, String entryId, String group, String consumer, long deliveryCount) {
}
