package io.platform.plan;

import com.pulumi.test.Mocks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated AWS answers issue 14's new resources as AWS does: ids, ARNs in the right region, endpoints. */
class SimulatedAwsSeedTest {
    private static final String ACCOUNT = "123456789012";
    private final SimulatedAws aws = new SimulatedAws("us-east-1", ACCOUNT);

    private Mocks.ResourceResult create(String type, String name, Map<String, Object> inputs, String provider) {
        return aws.newResourceAsync(new Mocks.ResourceArgs(type, name, inputs, provider, null)).join();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Mocks.ResourceResult result) {
        return (Map<String, Object>) result.state;
    }

    @Test
    void efsFileSystemsMountTargetsAndAccessPointsLookLikeAws() {
        Mocks.ResourceResult fs = create("aws:efs/fileSystem:FileSystem", "fs", Map.of("encrypted", true), null);
        String id = fs.id.orElseThrow();
        assertThat(id).matches("fs-[0-9a-f]{17}");
        assertThat(state(fs)).containsEntry("arn", "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/" + id)
                .containsEntry("dnsName", id + ".efs.us-east-1.amazonaws.com").containsEntry("ownerId", ACCOUNT);
        Mocks.ResourceResult target = create("aws:efs/mountTarget:MountTarget", "mt", Map.of("fileSystemId", id,
                "subnetId", "subnet-1"), null);
        assertThat(target.id.orElseThrow()).matches("fsmt-[0-9a-f]{17}");
        assertThat(state(target)).containsEntry("fileSystemArn", state(fs).get("arn"))
                .containsKey("networkInterfaceId");
        Mocks.ResourceResult point = create("aws:efs/accessPoint:AccessPoint", "ap", Map.of("fileSystemId", id), null);
        assertThat(point.id.orElseThrow()).matches("fsap-[0-9a-f]{17}");
        assertThat(state(point)).containsEntry("arn", "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT
                + ":access-point/" + point.id.orElseThrow()).containsEntry("fileSystemArn", state(fs).get("arn"));
        assertThat(create("aws:efs/fileSystemPolicy:FileSystemPolicy", "p", Map.of("fileSystemId", id), null).id)
                .contains(id);
    }

    @Test
    void clusterModeGroupsAnswerWithAConfigurationEndpointAndEveryShardsMembers() {
        Map<String, Object> cluster = state(create("aws:elasticache/replicationGroup:ReplicationGroup", "r", Map.of(
                "replicationGroupId", "tc-redis", "numNodeGroups", 2, "replicasPerNodeGroup", 1), null));
        assertThat(cluster).containsEntry("clusterEnabled", true).doesNotContainKey("primaryEndpointAddress")
                .containsEntry("memberClusters", List.of("tc-redis-0001-001", "tc-redis-0001-002", "tc-redis-0002-001",
                        "tc-redis-0002-002"));
        assertThat((String) cluster.get("configurationEndpointAddress")).startsWith("clustercfg.tc-redis.");
        Map<String, Object> single = state(create("aws:elasticache/replicationGroup:ReplicationGroup", "s", Map.of(
                "replicationGroupId", "pl-redis", "numCacheClusters", 2), null));
        assertThat(single).containsEntry("memberClusters", List.of("pl-redis-001", "pl-redis-002"))
                .containsKey("primaryEndpointAddress").doesNotContainKey("configurationEndpointAddress");
        assertThat(state(create("aws:elasticache/parameterGroup:ParameterGroup", "pg", Map.of("name", "tc-params"), null)))
                .containsEntry("arn", "arn:aws:elasticache:us-east-1:" + ACCOUNT + ":parametergroup:tc-params");
    }

    @Test
    void aReplicaMadeThroughAnotherRegionsProviderLivesThere() {
        Mocks.ResourceResult provider = create("pulumi:providers:aws", "west", Map.of("region", "us-west-2"), null);
        String reference = "urn:pulumi:p::platform::pulumi:providers:aws::west::" + provider.id.orElseThrow();
        Map<String, Object> replica = state(create("aws:rds/instance:Instance", "replica", Map.of(
                "identifier", "tc-db-west", "replicateSourceDb", "arn:aws:rds:us-east-1:" + ACCOUNT + ":db:tc-db"), reference));
        assertThat(replica).containsEntry("arn", "arn:aws:rds:us-west-2:" + ACCOUNT + ":db:tc-db-west");
        assertThat((String) replica.get("address")).endsWith(".us-west-2.rds.amazonaws.com");
        assertThat(replica).containsEntry("masterUserSecrets", List.of());
    }
}
