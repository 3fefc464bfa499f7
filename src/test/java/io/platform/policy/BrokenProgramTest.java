package io.platform.policy;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import io.platform.config.RawConfig;
import io.platform.plan.OfflineEngine;
import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.plan.RecordedResource;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A program with the classic mistakes — public database, open SSH, unencrypted bucket,
 * wildcard IAM, an HTTP listener that forwards — must be stopped by exactly those rules.
 */
class BrokenProgramTest {
    private static final Map<String, String> TAGS = Map.of("Project", "platform", "Environment", "staging",
            "Owner", "platform-team", "CostCenter", "CC-1001", "ManagedBy", "pulumi", "Name", "broken");
    private static PolicyReport report;

    @BeforeAll
    static void runBrokenProgram() {
        RawConfig raw = stackFile("staging");
        List<RecordedResource> recorded = OfflineEngine.record(raw, "us-east-1", "123456789012", ctx -> {
            new Instance("public-db", InstanceArgs.builder()
                    .engine("postgres").instanceClass("db.t3.small").allocatedStorage(20)
                    .username("app").manageMasterUserPassword(true)
                    .publiclyAccessible(true)
                    .storageEncrypted(true).kmsKeyId("arn:aws:kms:us-east-1:123456789012:key/1")
                    .backupRetentionPeriod(7).iamDatabaseAuthenticationEnabled(true)
                    .performanceInsightsEnabled(true).performanceInsightsKmsKeyId("arn:aws:kms:us-east-1:123456789012:key/1")
                    .parameterGroupName("default.postgres15")
                    // Right apart from the public access, so only that mistake is reported on it.
                    .enabledCloudwatchLogsExports("postgresql", "upgrade").copyTagsToSnapshot(true)
                    .deleteAutomatedBackups(false)
                    .tags(TAGS).build());
            SecurityGroup group = new SecurityGroup("bastion-sg", SecurityGroupArgs.builder()
                    .description("bastion").vpcId("vpc-1").tags(TAGS).build());
            new SecurityGroupIngressRule("ssh-from-anywhere", SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(group.id()).cidrIpv4("0.0.0.0/0").ipProtocol("tcp").fromPort(22).toPort(22)
                    .tags(TAGS).build());
            new BucketV2("unencrypted-bucket", BucketV2Args.builder().bucket("broken-unencrypted").tags(TAGS).build());
            Role role = new Role("app-role", RoleArgs.builder().tags(TAGS)
                    .assumeRolePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                            + "{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":"
                            + "{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}]}")
                    .build());
            new RolePolicy("god-mode", RolePolicyArgs.builder().role(role.id())
                    .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}")
                    .build());
            new Listener("http-forward", ListenerArgs.builder()
                    .loadBalancerArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/1")
                    .port(80).protocol("HTTP")
                    .defaultActions(ListenerDefaultActionArgs.builder().type("forward")
                            .targetGroupArn("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/x/1").build())
                    .tags(TAGS).build());
        });
        PlanResult plan = new PlanResult("platform", "staging", load(raw), "123456789012", recorded);
        report = PolicyCheck.run(plan, raw, PackConfig.load(Path.of("policy", "config", "staging.json")));
    }

    @Test
    void eachMistakeIsStoppedByItsRule() {
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.MANDATORY)
                .extracting(Violation::policyId, Violation::resourceName)
                .containsExactlyInAnyOrder(EXPECTED.toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(report.hasMandatoryViolations()).isTrue();
    }

    @Test
    void messagesNameTheBadValue() {
        assertThat(message("rds-no-public-access", "public-db")).contains("publiclyAccessible is true");
        assertThat(message("sg-no-sensitive-ports-from-cidr", "ssh-from-anywhere")).contains("22").contains("0.0.0.0/0");
        assertThat(message("iam-no-star-on-star", "god-mode")).contains("*");
        assertThat(message("lb-http-redirects-only", "http-forward")).contains("forward");
    }

    private static String message(String policy, String resource) {
        return report.enforced().stream().filter(v -> v.policyId().equals(policy) && v.resourceName().equals(resource))
                .findFirst().map(Violation::message).orElseThrow(() -> new AssertionError(policy + " did not fire on " + resource));
    }

    /** Each mistake, and every rule that must catch it — nothing more. */
    static final List<org.assertj.core.groups.Tuple> EXPECTED = List.of(
            tuple("rds-no-public-access", "public-db"),
            // Open SSH: internet ingress on a non-ALB group, a sensitive port, and no load balancer behind it.
            tuple("sg-no-internet-ingress", "ssh-from-anywhere"),
            tuple("sg-no-sensitive-ports-from-cidr", "ssh-from-anywhere"),
            tuple("sg-internet-ingress-load-balancer-only", "ssh-from-anywhere"),
            tuple("iam-no-star-on-star", "god-mode"),
            // An HTTP listener that forwards: not a redirect, and plaintext to the targets (ELB.18).
            tuple("lb-http-redirects-only", "http-forward"),
            tuple("lb-listener-secure-protocol", "http-forward"),
            // A bare bucket lacks every companion the stack rules require.
            tuple("s3-bucket-has-encryption", "unencrypted-bucket"),
            tuple("s3-bucket-has-public-access-block", "unencrypted-bucket"),
            tuple("s3-bucket-has-tls-policy", "unencrypted-bucket"),
            tuple("s3-bucket-has-versioning", "unencrypted-bucket"),
            tuple("s3-bucket-has-ownership-controls", "unencrypted-bucket"),
            tuple("s3-bucket-has-lifecycle", "unencrypted-bucket"),
            tuple("s3-bucket-access-logging", "unencrypted-bucket"));
}
