package ng.korrect.bus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplicationOffsetsTest {

    private static final String MASTER_WITH_TWO_REPLICAS = """
            # Replication\r
            role:master\r
            connected_slaves:3\r
            slave0:ip=127.0.0.1,port=40001,state=online,offset=1500,lag=0\r
            slave1:ip=127.0.0.1,port=40002,state=online,offset=1200,lag=1\r
            slave2:ip=127.0.0.1,port=40003,state=wait_bgsave,offset=0,lag=0\r
            master_failover_state:no-failover\r
            master_replid:9b2d0c8e3f1a\r
            master_repl_offset:1500\r
            """;

    @Test
    void countsOnlyTheOnlineReplicasThatAcknowledgedTheOffset() {
        ReplicationOffsets offsets = ReplicationOffsets.parse(MASTER_WITH_TWO_REPLICAS);

        assertThat(offsets.master()).isEqualTo(1500);
        assertThat(offsets.replicas()).containsExactly(1500L, 1200L);
        assertThat(offsets.replicasAtLeast(1500)).isEqualTo(1);
        assertThat(offsets.replicasAtLeast(1200)).isEqualTo(2);
    }

    @Test
    void aServerWithoutReplicasHasNone() {
        ReplicationOffsets offsets = ReplicationOffsets.parse("# Replication\r\nrole:master\r\nconnected_slaves:0\r\n"
                + "master_repl_offset:0\r\n");

        assertThat(offsets.replicasAtLeast(0)).isZero();
    }
}
