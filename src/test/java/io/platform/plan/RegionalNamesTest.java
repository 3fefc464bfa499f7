package io.platform.plan;

import io.platform.testing.StackFixture;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 6: the same environment in two regions of one account (TechCorp's second region,
 * BerthCare's DR redeploy) claims no name twice — neither an account-wide one (buckets, dashboards,
 * budgets, cost monitors, CloudFront policies) nor one the other stack uses in the same region
 * (CloudFront's us-east-1 WAF, log delivery and alarms; the DR region's vault and buckets).
 */
class RegionalNamesTest {
    /** Names AWS keeps per account, whatever the region. */
    private static final Set<String> ACCOUNT_WIDE = Set.of("aws:s3/bucketV2:BucketV2", "aws:cloudwatch/dashboard:Dashboard",
            "aws:budgets/budget:Budget", "aws:costexplorer/anomalyMonitor:AnomalyMonitor",
            "aws:costexplorer/anomalySubscription:AnomalySubscription",
            "aws:cloudfront/originAccessControl:OriginAccessControl",
            "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy");
    private static final List<String> NAME_KEYS = List.of("bucket", "dashboardName", "identifier", "replicationGroupId",
            "name");

    private static PlanResult plan(String region, String drRegion) {
        return StackFixture.plan(StackFixture.withOverrides(StackFixture.stackFile("production"), Map.of(
                "aws:region", region, "platform:naming", "{}",
                "platform:operations", "{\"drRegion\":\"" + drRegion + "\"}")));
    }

    /** {@code type name} of every resource matching {@code where} that names itself. */
    private static Set<String> names(PlanResult plan, Predicate<RecordedResource> where) {
        Set<String> names = new HashSet<>();
        for (RecordedResource r : plan.declared()) {
            if (!r.custom() || r.type().startsWith("pulumi:") || !where.test(r)) {
                continue;
            }
            NAME_KEYS.stream().map(k -> r.inputValues().get(k)).filter(v -> v instanceof String).findFirst()
                    .ifPresent(v -> names.add(r.type() + " " + v));
        }
        return names;
    }

    /** What a stack outside us-east-1 puts there: CloudFront's WAF, logs and alarms, and its DR copies. */
    private static boolean inUsEast1FromElsewhere(RecordedResource r) {
        Map<String, Object> in = r.inputValues();
        return "CLOUDFRONT".equals(in.get("scope")) || r.type().startsWith("aws:cloudwatch/logDelivery")
                || "AWS/CloudFront".equals(in.get("namespace")) || r.name().contains("alerts-cdn")
                || r.name().startsWith("platform-production-dr-");
    }

    @Test
    void twoRegionsOfOneEnvironmentShareNoName() {
        PlanResult east = plan("us-east-1", "us-west-2");
        PlanResult west = plan("us-west-2", "us-east-1");
        Set<String> eastInUsEast1 = names(east, r -> !r.name().startsWith("platform-production-dr-"));
        Set<String> westInUsEast1 = names(west, r -> ACCOUNT_WIDE.contains(r.type()) || inUsEast1FromElsewhere(r));
        assertThat(westInUsEast1).hasSizeGreaterThan(20);
        assertThat(eastInUsEast1).doesNotContainAnyElementsOf(westInUsEast1);
        assertThat(names(east, r -> ACCOUNT_WIDE.contains(r.type())))
                .doesNotContainAnyElementsOf(names(west, r -> ACCOUNT_WIDE.contains(r.type())));
        // East's DR copies land in us-west-2, next to west's own resources.
        assertThat(names(east, r -> r.name().startsWith("platform-production-dr-")))
                .doesNotContainAnyElementsOf(names(west, r -> !r.name().startsWith("platform-production-dr-")));
    }

    @Test
    void accountWideNamesCarryTheRegionAndRegionalOnesDoNot() {
        PlanResult west = plan("us-west-2", "us-east-1");
        assertThat(names(west, r -> ACCOUNT_WIDE.contains(r.type()))).contains(
                "aws:s3/bucketV2:BucketV2 platform-production-documents-us-west-2-" + StackFixture.ACCOUNT,
                "aws:cloudwatch/dashboard:Dashboard platform-production-overview-us-west-2",
                "aws:budgets/budget:Budget platform-production-monthly-budget-us-west-2",
                "aws:cloudfront/originAccessControl:OriginAccessControl platform-production-web-oac-us-west-2");
        assertThat(names(west, r -> "CLOUDFRONT".equals(r.inputValues().get("scope"))))
                .containsExactly("aws:wafv2/webAcl:WebAcl platform-production-cdn-waf-us-west-2");
        assertThat(names(west, r -> r.type().equals("aws:rds/instance:Instance")))
                .containsExactly("aws:rds/instance:Instance platform-production-db");
    }

    @Test
    void iamRolesAreNamedByPulumiWithARandomSuffixSoTheyNeverCollide() {
        PlanResult west = plan("us-west-2", "us-east-1");
        assertThat(west.ofType("aws:iam/role:Role")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.inputValues()).doesNotContainKey("name"));
    }
}
