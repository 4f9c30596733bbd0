package ng.korrect.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ng.korrect.catalog.EventType;
import org.junit.jupiter.api.Test;

class CatalogGroupsTest {

    @Test
    void shouldTakeTheGroupOfAConsumingServiceAsACatalogGroup() {
        assertThat(CatalogGroups.consumes(EventType.USER_UPDATED, "artisan")).isTrue();
        assertThat(CatalogGroups.consumes(EventType.USER_DELETED, "platform")).isTrue();
    }

    @Test
    void shouldNotTakeAServiceThatDoesNotConsumeTheTypeAsACatalogGroup() {
        assertThat(CatalogGroups.consumes(EventType.USER_UPDATED, "platform")).isFalse();
        assertThat(CatalogGroups.consumes(EventType.USER_UPDATED, "reporting")).isFalse();
    }
}
