package io.platform.plan.diagram;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: the new resource types read as what they are on the diagram, with the values worth showing. */
class SeedResourceLabelsTest {

    @Test
    void newTypesHaveReadableNames() {
        assertThat(ResourceLabels.type("aws:efs/fileSystem:FileSystem")).isEqualTo("EFS file system");
        assertThat(ResourceLabels.type("aws:efs/mountTarget:MountTarget")).isEqualTo("EFS mount target");
        assertThat(ResourceLabels.type("aws:efs/accessPoint:AccessPoint")).isEqualTo("EFS access point");
        assertThat(ResourceLabels.type("aws:efs/fileSystemPolicy:FileSystemPolicy")).isEqualTo("EFS file system policy");
        assertThat(ResourceLabels.type("aws:elasticache/parameterGroup:ParameterGroup")).isEqualTo("cache parameter group");
        assertThat(ResourceLabels.type("platform:data:ReadReplica")).isEqualTo("read replica");
        assertThat(ResourceLabels.type("platform:data:SharedFileSystem")).isEqualTo("EFS file system");
    }

    @Test
    void aReplicaShowsItsSourceAndClusterModeItsShards() {
        assertThat(ResourceLabels.detail("aws:rds/instance:Instance", Map.of("replicateSourceDb",
                "arn:aws:rds:us-east-1:123456789012:db:techcorp-production-db", "instanceClass", "db.r6g.2xlarge",
                "multiAz", true))).isEqualTo("replica of techcorp-production-db · db.r6g.2xlarge · Multi-AZ");
        assertThat(ResourceLabels.detail("aws:elasticache/replicationGroup:ReplicationGroup", Map.of("engine", "redis",
                "engineVersion", "7.0", "nodeType", "cache.r6g.large", "numNodeGroups", 3L, "replicasPerNodeGroup", 2L)))
                .isEqualTo("redis 7.0 · cache.r6g.large, 3 shards × 3 nodes");
        assertThat(ResourceLabels.detail("aws:efs/fileSystem:FileSystem", Map.of("performanceMode", "generalPurpose",
                "throughputMode", "elastic"))).isEqualTo("generalPurpose, elastic throughput");
        assertThat(ResourceLabels.detail("aws:efs/accessPoint:AccessPoint", Map.of("rootDirectory",
                Map.of("path", "/training")))).isEqualTo("/training");
    }
}
