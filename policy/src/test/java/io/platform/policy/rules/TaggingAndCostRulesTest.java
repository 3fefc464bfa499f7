package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Unknown;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.Tokens.RDS_INSTANCE;
import static io.platform.policy.Tokens.S3_BUCKET_V2;
import static io.platform.policy.Tokens.VPC;
import static io.platform.policy.sdk.PolicyTestKit.forRule;
import static org.assertj.core.api.Assertions.assertThat;

class TaggingAndCostRulesTest {
    static final Map<String, Object> ALL_TAGS = Map.of("Project", "platform", "Environment", "staging",
            "Owner", "platform-team", "CostCenter", "cc-42", "ManagedBy", "pulumi");

    @Nested
    class RequiredTags {
        @Test
        void allTagsPass() {
            forRule(TaggingRules.requiredTags()).withType(VPC).withProperty("tags", ALL_TAGS).expectNoViolations();
        }

        @Test
        void missingAndBlankTagsFail() {
            forRule(TaggingRules.requiredTags()).withType(S3_BUCKET_V2)
                    .withProperty("tags", Map.of("Project", "platform", "Environment", "staging", "Owner", " "))
                    .expectViolations("tags is missing Owner, CostCenter, ManagedBy; "
                            + "every taggable resource needs the tags Project, Environment, Owner, CostCenter, ManagedBy");
        }

        @Test
        void noTagsAtAllFail() {
            forRule(TaggingRules.requiredTags()).withType(RDS_INSTANCE).withProperty("engine", "postgres")
                    .expectViolations("tags is not set; "
                            + "every taggable resource needs the tags Project, Environment, Owner, CostCenter, ManagedBy");
        }

        @Test
        void unknownTagValuesCountAsPresent() {
            Map<String, Object> tags = new LinkedHashMap<>(ALL_TAGS);
            tags.put("Owner", Unknown.VALUE);
            forRule(TaggingRules.requiredTags()).withType(VPC).withProperty("tags", tags).expectNoViolations();
        }

        @Test
        void requiredTagsAreASetting() {
            forRule(TaggingRules.requiredTags()).withType(VPC).withSetting("requiredTags", List.of("Team"))
                    .withProperty("tags", ALL_TAGS)
                    .expectViolations("tags is missing Team; every taggable resource needs the tags Team");
        }

        @Test
        void remediationAddsMissingTagsFromSettingsAndStack() {
            Map<String, Object> expectedTags = new LinkedHashMap<>();
            expectedTags.put("Owner", "platform-team");
            expectedTags.put("Project", "platform");
            expectedTags.put("Environment", "staging");
            expectedTags.put("CostCenter", "cc-42");
            expectedTags.put("ManagedBy", "pulumi");
            forRule(TaggingRules.requiredTags()).withType(VPC).inStack("staging")
                    .withSetting("tagValues", Map.of("CostCenter", "cc-42", "ManagedBy", "pulumi"))
                    .withProperties(Map.of("cidrBlock", "10.1.0.0/16", "tags", Map.of("Owner", "platform-team")))
                    .expectRemediation(Map.of("cidrBlock", "10.1.0.0/16", "tags", expectedTags));
        }

        @Test
        void remediatedFindingsAreReportedAtLevelRemediate() {
            PolicyReport report = forRule(TaggingRules.requiredTags()).withType(VPC).inStack("staging")
                    .withLevel(EnforcementLevel.REMEDIATE)
                    .withSetting("tagValues", Map.of("Owner", "platform-team", "CostCenter", "cc-42", "ManagedBy", "pulumi"))
                    .withProperty("tags", Map.of())
                    .run();
            assertThat(report.enforced()).extracting(Violation::level).containsExactly(EnforcementLevel.REMEDIATE);
            assertThat(report.hasMandatoryViolations()).isFalse();
            assertThat(report.remediations()).singleElement().satisfies(r -> assertThat(r.properties().get("tags"))
                    .isEqualTo(Map.of("Project", "platform", "Environment", "staging", "Owner", "platform-team",
                            "CostCenter", "cc-42", "ManagedBy", "pulumi")));
        }

        @Test
        void tagsWithoutAValueStayMandatoryAfterRemediation() {
            PolicyReport report = forRule(TaggingRules.requiredTags()).withType(VPC).inStack("staging")
                    .withLevel(EnforcementLevel.REMEDIATE)
                    .withProperty("tags", Map.of("Owner", "platform-team"))
                    .run();
            assertThat(report.enforced()).extracting(Violation::level, Violation::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(EnforcementLevel.MANDATORY, "tags is missing CostCenter; "
                            + "every taggable resource needs the tags Project, Environment, Owner, CostCenter, ManagedBy"));
            assertThat(report.remediations()).hasSize(1);
        }
    }

    @Nested
    class InstanceClasses {
        @Test
        void allowedClassPasses() {
            forRule(CostRules.instanceClassAllowed()).withType(RDS_INSTANCE).inStack("staging")
                    .withProperty("instanceClass", "db.t3.small").expectNoViolations();
            forRule(CostRules.instanceClassAllowed()).withType(RDS_INSTANCE).inStack("production")
                    .withProperty("instanceClass", "db.r6g.2xlarge").expectNoViolations();
        }

        @Test
        void oversizedClassIsFlagged() {
            forRule(CostRules.instanceClassAllowed()).withType(ELASTICACHE_REPLICATION_GROUP).inStack("dev")
                    .withProperty("nodeType", "cache.r6g.large")
                    .expectViolations("nodeType cache.r6g.large is not allowed in environment dev (allowed: db.t3.micro, "
                            + "db.t4g.micro, db.serverless, cache.t3.micro, cache.t4g.micro, t3.micro, t3.small, t4g.micro, "
                            + "t4g.small); oversized instances cost money without need");
        }

        @Test
        void unlistedEnvironmentsAreNotChecked() {
            forRule(CostRules.instanceClassAllowed()).withType(RDS_INSTANCE).inStack("perf")
                    .withProperty("instanceClass", "db.r6g.16xlarge").expectNoViolations();
        }

        @Test
        void allowedClassesAreASetting() {
            forRule(CostRules.instanceClassAllowed()).withType(RDS_INSTANCE).inStack("perf")
                    .withSetting("allowedInstanceClasses", Map.of("perf", List.of("db.m*")))
                    .withProperty("instanceClass", "db.r6g.16xlarge")
                    .expectViolations("instanceClass db.r6g.16xlarge is not allowed in environment perf (allowed: db.m*); "
                            + "oversized instances cost money without need");
        }
    }
}
