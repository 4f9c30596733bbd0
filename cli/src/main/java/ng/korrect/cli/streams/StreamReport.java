package ng.korrect.cli.streams;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import ng.korrect.catalog.EventType;

/**
 * One stream, as {@code korrect streams} reports it.
 *
 * @param key the stream key
 * @param type the catalog type of an event stream; empty for streams outside the catalog
 * @param exists whether the key holds a stream
 * @param length its entries now
 * @param entriesAdded every entry ever added (Redis 7+)
 * @param firstEntryId its first entry's id, if any
 * @param lastEntryId its last entry's id, if any
 * @param deadLetters the entries of the type's dead-letter stream
 * @param groups its consumer groups
 */
record StreamReport(String key, Optional<EventType> type, boolean exists, long length, OptionalLong entriesAdded,
                    Optional<String> firstEntryId, Optional<String> lastEntryId, long deadLetters,
                    List<GroupReport> groups) {
}
