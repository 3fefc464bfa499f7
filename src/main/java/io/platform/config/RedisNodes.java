package io.platform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The member clusters (nodes) of a Redis replication group, by suffix: {@code 001} (the primary) to
 * {@code 00N}, or in cluster mode {@code 0001-001} … {@code <shard>-<node>}. Alarms are per node.
 */
public final class RedisNodes {
    private RedisNodes() {
    }

    public static List<String> suffixes(boolean clusterMode, int shards, int nodesPerShard) {
        List<String> members = new ArrayList<>();
        for (int shard = 1; shard <= shards; shard++) {
            for (int node = 1; node <= nodesPerShard; node++) {
                members.add(clusterMode ? String.format("%04d-%03d", shard, node) : String.format("%03d", node));
            }
        }
        return List.copyOf(members);
    }
}
