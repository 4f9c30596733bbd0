package ng.korrect.bus;

import java.util.List;

/**
 * The bus's health: whether Redis answers, and each consumer group's {@link GroupHealth}.
 *
 * @param connected whether Redis answered a {@code PING}
 * @param groups the groups started from this bus
 */
public record BusHealth(boolean connected, List<GroupHealth> groups) {

    /** Copies the list. */
    public BusHealth {
        groups = List.copyOf(groups);
    }

    /** Connected and every group healthy. */
    public boolean healthy() {
        return connected && groups.stream().allMatch(GroupHealth::healthy);
    }
}
