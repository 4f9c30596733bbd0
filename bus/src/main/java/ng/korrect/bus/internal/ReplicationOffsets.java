package ng.korrect.bus.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a master's {@code INFO replication} says of replication: its own offset ({@code master_repl_offset}) and
 * the offset each online replica last acknowledged ({@code slaveN:...,state=online,offset=N,...}).
 *
 * @param master the master's replication offset
 * @param replicas the acknowledged offsets of the online replicas
 */
record ReplicationOffsets(long master, List<Long> replicas) {

    /** Copies the list. */
    ReplicationOffsets {
        replicas = List.copyOf(replicas);
    }

    /** Reads the reply of {@code INFO replication}; a server that is not a master has no replicas here. */
    static ReplicationOffsets parse(String info) {
        long master = 0;
        List<Long> replicas = new ArrayList<>();
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("master_repl_offset:")) {
                master = Long.parseLong(line.substring("master_repl_offset:".length()).trim());
            } else if (line.matches("slave\\d+:.*")) {
                String state = "";
                long offset = -1;
                for (String field : line.substring(line.indexOf(':') + 1).trim().split(",")) {
                    if (field.startsWith("state=")) {
                        state = field.substring("state=".length());
                    } else if (field.startsWith("offset=")) {
                        offset = Long.parseLong(field.substring("offset=".length()));
                    }
                }
                if (state.equals("online") && offset >= 0) {
                    replicas.add(offset);
                }
            }
        }
        return new ReplicationOffsets(master, replicas);
    }

    /** How many online replicas have acknowledged at least that offset. */
    int replicasAtLeast(long offset) {
        return (int) replicas.stream().filter(acknowledged -> acknowledged >= offset).count();
    }
}
