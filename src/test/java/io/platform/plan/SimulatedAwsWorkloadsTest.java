package io.platform.plan;

import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline plan answers for the workload types as AWS would: queue URLs as SQS ids, {@code i-…}
 * instances with an address inside their subnet, {@code ns-…} namespaces, the AMI an SSM public
 * parameter names, the managed prefix list's {@code pl-…} id — deterministically.
 */
class SimulatedAwsWorkloadsTest {
    private static final String A = StackFixture.ACCOUNT;

    @Test
    void idsAndAttributesHaveAwssFormats() {
        Template t = WorkloadStacks.template(WorkloadStacks.plan(SeedWorkloads.taxPracticeAi()));
        assertThat(t.single("aws:sqs/queue:Queue", "document-processor-fn-dlq").id())
                .isEqualTo("https://sqs.us-east-1.amazonaws.com/" + A + "/platform-staging-document-processor-fn-dlq");
        assertThat(t.single("aws:ec2/instance:Instance", "airflow-host").id()).matches("i-[0-9a-f]{17}");
        assertThat(t.single("aws:iam/instanceProfile:InstanceProfile", "airflow-host-profile").id())
                .isEqualTo("platform-staging-airflow-host-profile");
        assertThat(t.single("aws:lb/targetGroupAttachment:TargetGroupAttachment", "airflow-host-tg-attachment").id())
                .matches("arn:aws:elasticloadbalancing:us-east-1:" + A + ":targetgroup/platform-staging-airflow-host/[0-9a-f]{16}-i-[0-9a-f]{17}");
        assertThat(t.single("aws:s3/bucketNotification:BucketNotification", "bucket-notifications-documents").id())
                .isEqualTo("platform-staging-documents-" + A);
    }

    @Test
    void anInstanceGetsAnAddressInsideItsSubnet() {
        Map<String, Object> state = new java.util.HashMap<>(Map.of("subnetId", "subnet-1"));
        WorkloadOutputs.instance(state, "ff" + "0".repeat(62), "us-east-1", "10.1.11.0/24");
        assertThat(String.valueOf(state.get("privateIp"))).matches("10\\.1\\.11\\.\\d{2,3}");
        assertThat(state.get("privateDns")).isEqualTo("ip-" + String.valueOf(state.get("privateIp")).replace('.', '-')
                + ".ec2.internal");
        Template t = WorkloadStacks.template(WorkloadStacks.plan(SeedWorkloads.taxPracticeAi()));
        assertThat(t.single("aws:ec2/subnet:Subnet", "private-1").inputValues()).containsEntry("cidrBlock", "10.1.11.0/24");
    }

    @Test
    void dataSourcesAnswerLikeAws() {
        Map<String, Object> ami = WorkloadOutputs.parameter(
                "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", "us-east-1", A, "a".repeat(64));
        assertThat(ami).containsEntry("type", "String").containsEntry("insecureValue", "ami-0" + "a".repeat(16))
                .containsEntry("arn", "arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/"
                        + "al2023-ami-kernel-default-x86_64");
        Map<String, Object> prefixList = WorkloadOutputs.prefixList("com.amazonaws.global.cloudfront.origin-facing",
                "us-east-1", A, "b".repeat(64));
        assertThat(prefixList).containsEntry("id", "pl-bbbbbbbb").containsEntry("ownerId", "AWS")
                .containsEntry("maxEntries", 55).containsEntry("addressFamily", "IPv4");
    }

    @Test
    void twoPlansOfOneConfigAreIdentical() {
        var sections = SeedWorkloads.credentialMate();
        PlanResult first = StackFixture.plan(WorkloadStacks.staging(sections));
        PlanResult second = StackFixture.plan(WorkloadStacks.staging(sections));
        assertThat(second.resources()).hasSameSizeAs(first.resources());
        for (int i = 0; i < first.resources().size(); i++) {
            assertThat(second.resources().get(i).urn()).isEqualTo(first.resources().get(i).urn());
            assertThat(second.resources().get(i).id()).isEqualTo(first.resources().get(i).id());
            assertThat(second.resources().get(i).inputValues()).isEqualTo(first.resources().get(i).inputValues());
        }
    }
}
