package io.platform.instances;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.Template.map;
import static io.platform.testing.Template.parse;
import static io.platform.testing.Template.statements;
import static io.platform.testing.Template.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's Airflow host: the latest Amazon Linux 2023 image from its SSM parameter, IMDSv2 only,
 * an encrypted 50 GB gp3 root volume with the data key, no key pair (Session Manager), a role with
 * Session Manager, its secret and exactly its declared statements, a private subnet, and a place
 * behind the ALB on {@code airflow.staging.example.com} ahead of the API's catch-all.
 */
class Ec2InstanceStackTest {
    private static final String A = StackFixture.ACCOUNT;
    private static final PlanResult PLAN = WorkloadStacks.plan(SeedWorkloads.taxPracticeAi());
    private static final Template T = WorkloadStacks.template(PLAN);
    private static final String INSTANCE = "aws:ec2/instance:Instance";

    @Test
    void theHostIsPrivateEncryptedAndReachedOnlyThroughSessionManager() {
        Map<String, Object> host = T.inputs(INSTANCE, "airflow-host");
        assertThat(String.valueOf(host.get("ami"))).matches("ami-0[0-9a-f]{16}");
        // A newer AMI behind the parameter does not replace the host at the next deploy.
        assertThat(T.single(INSTANCE, "airflow-host").ignoreChanges()).containsExactly("ami");
        assertThat(host).containsEntry("instanceType", "t3.medium")
                .containsEntry("associatePublicIpAddress", false)
                .containsEntry("subnetId", T.single("aws:ec2/subnet:Subnet", "private-1").id())
                .containsEntry("vpcSecurityGroupIds", List.of(T.single("aws:ec2/securityGroup:SecurityGroup",
                        "airflow-host-sg").id()))
                .containsEntry("metadataOptions", Map.of("httpEndpoint", "enabled", "httpTokens", "required",
                        "httpPutResponseHopLimit", 1L, "instanceMetadataTags", "disabled"))
                .containsEntry("ebsOptimized", true).containsEntry("monitoring", true)
                .containsEntry("disableApiTermination", false)
                .containsEntry("iamInstanceProfile", "platform-staging-airflow-host-profile")
                .doesNotContainKey("keyName");
        String dataKey = "arn:aws:kms:us-east-1:" + A + ":key/" + T.single("aws:kms/key:Key", "data").id();
        assertThat(map(host.get("rootBlockDevice"))).containsEntry("volumeType", "gp3").containsEntry("volumeSize", 50L)
                .containsEntry("encrypted", true).containsEntry("kmsKeyId", dataKey)
                .containsEntry("deleteOnTermination", true);
        assertThat(String.valueOf(host.get("userData"))).startsWith("#!/bin/bash\n").contains("apache-airflow==2.8.0");
        assertThat(map(host.get("tags"))).containsEntry("Name", "platform-staging-airflow-host");
    }

    @Test
    void theRoleHasSessionManagerItsSecretAndExactlyItsStatements() {
        RecordedResource role = T.single("aws:iam/role:Role", "airflow-host-role");
        assertThat(T.json("aws:iam/role:Role", "airflow-host-role", "assumeRolePolicy")).isEqualTo(parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Ec2Assume\",\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
        assertThat(T.inputs("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "airflow-host-ssm"))
                .containsEntry("role", role.id())
                .containsEntry("policyArn", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(T.inputs("aws:iam/instanceProfile:InstanceProfile", "airflow-host-profile"))
                .containsEntry("name", "platform-staging-airflow-host-profile").containsEntry("role", role.id());
        Map<String, JsonNode> secrets = statements(T.json("aws:iam/rolePolicy:RolePolicy", "airflow-host-secrets", "policy"));
        assertThat(strings(secrets.get("ReadHostSecrets").get("Resource"))).singleElement().asString()
                .startsWith("arn:aws:secretsmanager:us-east-1:" + A + ":secret:rds!db-");
        assertThat(T.json("aws:iam/rolePolicy:RolePolicy", "airflow-host-statements", "policy")).isEqualTo(parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"RunTaskFunctions\",\"Effect\":\"Allow\",\"Action\":"
                        + "\"lambda:InvokeFunction\",\"Resource\":\"arn:aws:lambda:us-east-1:" + A
                        + ":function:platform-staging-document-processor\"},{\"Sid\":\"ReadWriteDags\",\"Effect\":\"Allow\","
                        + "\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::platform-staging-documents-"
                        + A + "/dags/*\"}]}"));
    }

    @Test
    void theHostSitsBehindTheAlbOnItsNameAheadOfTheCatchAll() {
        RecordedResource group = T.single("aws:lb/targetGroup:TargetGroup", "airflow-host-tg");
        assertThat(group.inputValues()).containsEntry("name", "platform-staging-airflow-host")
                .containsEntry("targetType", "instance").containsEntry("port", 8080L).containsEntry("protocol", "HTTP");
        assertThat(map(group.inputValues().get("healthCheck"))).containsEntry("path", "/health").containsEntry("matcher", "200");
        RecordedResource instance = T.single(INSTANCE, "airflow-host");
        assertThat(T.inputs("aws:lb/targetGroupAttachment:TargetGroupAttachment", "airflow-host-tg-attachment"))
                .containsEntry("targetId", instance.id()).containsEntry("port", 8080L);
        assertThat(instance.id()).matches("i-[0-9a-f]{17}");
        Map<String, Object> rule = T.inputs("aws:lb/listenerRule:ListenerRule", "airflow-host-rule");
        assertThat(rule).containsEntry("priority", 10L).containsEntry("conditions", List.of(Map.of("hostHeader",
                Map.of("values", List.of("airflow.staging.example.com")))));
        assertThat(T.inputs("aws:lb/listenerRule:ListenerRule", "alb-rule-api")).containsEntry("priority", 20L);
        assertThat(rule.get("listenerArn")).isEqualTo(T.inputs("aws:lb/listenerRule:ListenerRule", "alb-rule-api")
                .get("listenerArn"));
    }

    @Test
    void theInstancesTierExistsOnlyWhenConfigured() {
        RecordedResource tier = StackFixture.named(PLAN, "platform-staging-instances");
        assertThat(tier.type()).isEqualTo("platform:instances:Instances");
        assertThat(StackFixture.named(PLAN, "platform-staging-airflow-instance").parent()).isEqualTo(tier.urn());
        assertThat(StackFixture.plan("staging").resources()).noneMatch(r -> r.type().startsWith("platform:instances:")
                || r.type().equals(INSTANCE));
    }
}
