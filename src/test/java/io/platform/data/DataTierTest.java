package io.platform.data;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static io.platform.data.DataPlans.DATA_COMPONENT;
import static io.platform.data.DataPlans.single;
import static io.platform.testing.StackFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** The data tier as one component: what it owns, and that every resource in it has its own URN. */
class DataTierTest {
    private static final Set<String> DIRECT_CHILD_TYPES = Set.of(
            "aws:rds/subnetGroup:SubnetGroup", "aws:rds/parameterGroup:ParameterGroup", "aws:rds/instance:Instance",
            "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance",
            "aws:rds/clusterParameterGroup:ClusterParameterGroup",
            "aws:elasticache/subnetGroup:SubnetGroup", "aws:elasticache/replicationGroup:ReplicationGroup",
            "aws:secretsmanager/secret:Secret", "aws:secretsmanager/secretVersion:SecretVersion",
            "platform:storage:SecureBucket");

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDataComponentOwnsTheDatabaseCacheSecretsAndBuckets(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource data = single(plan, DATA_COMPONENT);
        assertThat(data.name()).isEqualTo("platform-" + stack + "-data");
        assertThat(data.urn()).isEqualTo("urn:pulumi:" + stack + "::platform::platform:data:Data::platform-" + stack + "-data");
        // Other tiers make buckets too (audit logs, static sites): look at what sits inside the data tier.
        List<RecordedResource> owned = plan.resources().stream().filter(r -> DIRECT_CHILD_TYPES.contains(r.type()))
                .filter(r -> r.urn().contains("::platform:data:Data$")).toList();
        assertThat(owned).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(r -> assertThat(r.parent()).as(r.toString()).isEqualTo(data.urn()));
        assertThat(plan.resources()).filteredOn(r -> r.name().equals("platform-" + stack + "-redis-slow-log"))
                .singleElement().satisfies(r -> assertThat(r.parent()).isEqualTo(data.urn()));
        assertThat(plan.ofType("platform:storage:SecureBucket")).filteredOn(r -> data.urn().equals(r.parent()))
                .extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-" + stack + "-documents-bucket", "platform-" + stack + "-access-logs-bucket");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyUrnIsUniqueInBothDatabaseVariants(String stack) {
        for (PlanResult plan : List.of(plan(stack), DataPlans.aurora(stack))) {
            assertThat(plan.resources()).extracting(RecordedResource::urn).doesNotHaveDuplicates();
        }
    }
}
