package ng.korrect.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BusOptionsTest {

    @Test
    void shouldTakeStandaloneAndSentinelUrlsAndRefuseOthersWithoutShowingThePassword() {
        for (String url : new String[] {"redis://h:6379", "rediss://u:p@h:6380", "redis-sentinel://s1:26379,s2:26379/0#m",
                "rediss-sentinel://u:p@s1:26379#m"}) {
            assertThat(BusOptions.builder(url).build().redisUrl()).isEqualTo(url);
        }
        assertThat(BusOptions.isSentinelUrl("redis-sentinel://s1#m")).isTrue();
        assertThat(BusOptions.isSentinelUrl("redis://h")).isFalse();
        assertThatThrownBy(() -> BusOptions.builder("sentinel://u:s3cret@s1#m").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis-sentinel://").hasMessageNotContaining("s3cret");
    }

    @Test
    void shouldWaitForNoReplicaByDefaultAndForFewerThanThePublishTimeoutWhenAsked() {
        assertThat(BusOptions.builder("redis://h").build().replicaAcks()).isZero();
        assertThat(BusOptions.builder("redis://h").publishTimeout(Duration.ofMillis(500)).build().replicaAcks()).isZero();
        assertThat(BusOptions.builder("redis://h").replicaAcks(1, Duration.ofMillis(200)).build().replicaAckTimeout())
                .isEqualTo(Duration.ofMillis(200));
        assertThatThrownBy(() -> BusOptions.builder("redis://h").replicaAcks(1, Duration.ofSeconds(5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicaAckTimeout");
        assertThatThrownBy(() -> BusOptions.builder("redis://h").replicaAcks(-1, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicaAcks");
    }
}
