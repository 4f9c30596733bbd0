package ng.korrect.cli.catalog;

import ng.korrect.catalog.EventType;
import ng.korrect.catalog.Reaction;

/**
 * The consumer groups the catalog expects on a stream: one per consuming service, named after the
 * service's wire name, as the bus creates them.
 */
public final class CatalogGroups {

    private CatalogGroups() {
    }

    /** Whether the catalog names a service called {@code group} among the consumers of the type. */
    public static boolean consumes(EventType type, String group) {
        return type.consumers().stream().map(Reaction::service).anyMatch(service -> service.wireName().equals(group));
    }
}
