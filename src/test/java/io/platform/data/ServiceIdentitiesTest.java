package io.platform.data;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data tier's grants land on each service's own identity (issue 14's follow-up, with issue 15's
 * per-service groups and task roles): on TechCorp's plan the EFS group admits NFS from the two
 * mounting services' own groups only, each mount grant and bucket grant sits on that service's own
 * task role, and the shared app group and task role hold none of them.
 */
class ServiceIdentitiesTest {
    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    private static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

    private static PlanResult plan() {
        return SeedStacks.plan("techcorp");
    }

    private static RecordedResource resource(String shortName) {
        return named(plan(), "techcorp-production-" + shortName);
    }

    private static String group(String shortName) {
        return plan().ofType("aws:ec2/securityGroup:SecurityGroup").stream()
                .filter(g -> g.name().equals("techcorp-production-" + shortName)).findFirst().orElseThrow().id();
    }

    @Test
    void nfsReachesTheFileSystemFromTheMountingServicesOwnGroupsOnly() {
        String efs = group("efs-ml-data-sg");
        assertThat(plan().ofType(INGRESS)).filteredOn(r -> efs.equals(r.inputValues().get("securityGroupId")))
                .extracting(r -> r.inputValues().get("referencedSecurityGroupId"), r -> r.inputValues().get("fromPort"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(group("worker-svc-sg"), 2049L),
                        org.assertj.core.groups.Tuple.tuple(group("api-svc-sg"), 2049L));
        for (String service : List.of("worker", "api")) {
            assertThat(resource(service + "-out-efs-ml-data").inputValues()).containsAllEntriesOf(Map.of(
                    "securityGroupId", group(service + "-svc-sg"), "referencedSecurityGroupId", efs,
                    "fromPort", 2049L, "toPort", 2049L));
        }
        String app = group("app-sg");
        assertThat(plan().ofType(EGRESS)).filteredOn(r -> app.equals(r.inputValues().get("securityGroupId")))
                .noneMatch(r -> Long.valueOf(2049).equals(r.inputValues().get("fromPort")));
    }

    @Test
    void mountAndBucketGrantsSitOnTheGrantedServicesOwnTaskRoles() {
        assertThat(resource("worker-efs-ml-data").inputValues()).containsEntry("role", resource("worker-task-role").id());
        assertThat(resource("api-efs-ml-data").inputValues()).containsEntry("role", resource("api-task-role").id());
        assertThat(resource("api-bucket-customer-data").inputValues())
                .containsEntry("role", resource("api-task-role").id());
        assertThat(resource("worker-bucket-ml-models").inputValues())
                .containsEntry("role", resource("worker-task-role").id());
        String shared = resource("ecs-task-role").id();
        assertThat(plan().ofType(ROLE_POLICY)).filteredOn(p -> shared.equals(p.inputValues().get("role")))
                .extracting(RecordedResource::name)
                .containsExactly("techcorp-production-ecs-task-app-access");
        // Each service's containers run as its own role, which the deploy role may pass.
        for (String service : List.of("api", "worker")) {
            assertThat(resource(service + "-task").propertyDependencies().get("taskRoleArn"))
                    .containsExactly(resource(service + "-task-role").urn());
        }
    }

    @Test
    void stacksWithoutGrantsKeepTheSharedTaskRole() {
        PlanResult staging = io.platform.testing.StackFixture.plan("staging");
        assertThat(staging.ofType("aws:iam/role:Role")).extracting(RecordedResource::name)
                .noneMatch(n -> n.endsWith("-api-task-role") || n.endsWith("-worker-task-role"));
    }
}
