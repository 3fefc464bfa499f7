package io.platform.security;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code platform:security.audit} on the plan: Config rules, Security Hub standards, trail data events and Insights. */
class AuditDepthTest {
    private static final String RULE = "aws:cfg/rule:Rule";
    private static final String STANDARD = "aws:securityhub/standardsSubscription:StandardsSubscription";
    private static final String DOCUMENTS_ARN = "arn:aws:s3:::platform-production-documents-123456789012";

    private static PlanResult withAudit(String json) {
        return plan(withOverrides(stackFile("production"), Map.of("platform:security",
                "{\"accountBaseline\":true,\"github\":{\"repository\":\"acme/platform\",\"environments\":[\"production\"]},"
                        + "\"audit\":" + json + "}")));
    }

    @Test
    void configRulesFollowTheListAndKeepTheirNames() {
        PlanResult plan = withAudit("{\"configRules\":[\"CLOUD_TRAIL_ENABLED\",\"RDS_INSTANCE_PUBLIC_ACCESS_CHECK\","
                + "\"ENCRYPTED_VOLUMES\"]}");
        assertThat(plan.ofType(RULE)).extracting(RecordedResource::name).containsExactlyInAnyOrder(
                "platform-production-config-cloud-trail-enabled",
                "platform-production-config-rds-instance-public-access-check",
                "platform-production-config-encrypted-volumes");
        RecordedResource rds = named(plan, "platform-production-config-rds-instance-public-access-check");
        assertThat(rds.inputValues()).containsEntry("name", "platform-production-rds-instance-public-access-check");
        assertThat(map(rds.inputValues().get("source"))).containsEntry("owner", "AWS")
                .containsEntry("sourceIdentifier", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK");
        assertThat(map(named(plan, "platform-production-config-encrypted-volumes").inputValues().get("source")))
                .containsEntry("sourceIdentifier", "ENCRYPTED_VOLUMES");
    }

    @Test
    void defaultPlanHasTheEightRulesUnderTheirOldNames() {
        PlanResult plan = plan("production");
        assertThat(plan.ofType(RULE)).extracting(RecordedResource::name).containsExactlyInAnyOrder(
                "platform-production-config-s3-bucket-public-read-prohibited",
                "platform-production-config-s3-bucket-public-write-prohibited",
                "platform-production-config-rds-storage-encrypted", "platform-production-config-incoming-ssh-disabled",
                "platform-production-config-cloud-trail-enabled", "platform-production-config-iam-root-access-key-check",
                "platform-production-config-cloud-trail-log-file-validation-enabled",
                "platform-production-config-vpc-flow-logs-enabled");
        assertThat(named(plan, "platform-production-trail").inputValues())
                .doesNotContainKeys("advancedEventSelectors", "insightSelectors");
        assertThat(named(plan, "platform-production-cloudtrail-logs").inputValues()).containsEntry("retentionInDays", 365L);
    }

    @Test
    void securityHubSubscribesTheConfiguredStandards() {
        PlanResult plan = withAudit("{\"securityHubStandards\":[\"fsbp\",\"cis\",\"pci-dss\",\"nist-800-53\"]}");
        assertThat(plan.ofType(STANDARD)).extracting(r -> r.name() + "=" + r.inputValues().get("standardsArn"))
                .containsExactlyInAnyOrder(
                        "platform-production-securityhub-fsbp=arn:aws:securityhub:us-east-1::standards/"
                                + "aws-foundational-security-best-practices/v/1.0.0",
                        "platform-production-securityhub-cis=arn:aws:securityhub:us-east-1::standards/"
                                + "cis-aws-foundations-benchmark/v/3.0.0",
                        "platform-production-securityhub-pci-dss=arn:aws:securityhub:us-east-1::standards/pci-dss/v/4.0.1",
                        "platform-production-securityhub-nist-800-53=arn:aws:securityhub:us-east-1::standards/"
                                + "nist-800-53/v/5.0.0");
        assertThat(withAudit("{\"securityHubStandards\":[\"pci-dss-3.2.1\"]}").ofType(STANDARD))
                .extracting(r -> r.name() + "=" + r.inputValues().get("standardsArn")).containsExactly(
                        "platform-production-securityhub-pci-dss-3-2-1=arn:aws:securityhub:us-east-1::standards/pci-dss/v/3.2.1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void trailKeepsManagementEventsAndRecordsTheNamedBucketsObjects() {
        PlanResult plan = withAudit("{\"s3DataEvents\":[{\"bucket\":\"documents\",\"readWrite\":\"write\"}],"
                + "\"insights\":[\"ApiCallRateInsight\",\"ApiErrorRateInsight\"],\"trailLogRetentionDays\":731}");
        Map<String, Object> trail = named(plan, "platform-production-trail").inputValues();
        List<Object> selectors = (List<Object>) trail.get("advancedEventSelectors");
        assertThat(selectors).containsExactly(
                Map.of("name", "Management events", "fieldSelectors", List.of(
                        Map.of("field", "eventCategory", "equals", List.of("Management")))),
                Map.of("name", "S3 data events: documents (write)", "fieldSelectors", List.of(
                        Map.of("field", "eventCategory", "equals", List.of("Data")),
                        Map.of("field", "resources.type", "equals", List.of("AWS::S3::Object")),
                        Map.of("field", "resources.ARN", "startsWiths", List.of(DOCUMENTS_ARN + "/")),
                        Map.of("field", "readOnly", "equals", List.of("false")))));
        assertThat(trail.get("insightSelectors")).isEqualTo(List.of(Map.of("insightType", "ApiCallRateInsight"),
                Map.of("insightType", "ApiErrorRateInsight")));
        assertThat(named(plan, "platform-production-cloudtrail-logs").inputValues()).containsEntry("retentionInDays", 731L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void allReadWriteLeavesReadOnlyOut() {
        PlanResult plan = withAudit("{\"s3DataEvents\":[{\"bucket\":\"documents\"}]}");
        List<Object> selectors = (List<Object>) named(plan, "platform-production-trail").inputValues()
                .get("advancedEventSelectors");
        assertThat(map(selectors.get(1))).containsEntry("name", "S3 data events: documents (all)");
        assertThat((List<Object>) map(selectors.get(1)).get("fieldSelectors")).hasSize(3)
                .noneMatch(f -> map(f).get("field").equals("readOnly"));
    }
}
