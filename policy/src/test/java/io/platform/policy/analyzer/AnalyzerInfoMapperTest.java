package io.platform.policy.analyzer;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.account.PasswordPolicy;
import io.platform.policy.rules.rds.BackupRetention;
import io.platform.policy.rules.rds.NoPublicAccess;
import io.platform.policy.rules.s3.BucketHasVersioning;
import io.platform.policy.rules.TaggingRules;
import io.platform.policy.sdk.Control;
import io.platform.policy.sdk.Framework;
import io.platform.policy.sdk.PolicyMetadata;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.StructCodec;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass.PolicyComplianceFramework;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicyType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzerInfoMapperTest {

    @Test
    void fsbpIsThePrimaryFrameworkAndEveryControlIsTaggedUnderItsOwn() {
        PolicyMetadata m = NoPublicAccess.policy().metadata();
        PolicyComplianceFramework f = AnalyzerInfoMapper.framework(m).orElseThrow();
        assertThat(f.getName()).isEqualTo("AWS Foundational Security Best Practices");
        assertThat(f.getVersion()).isEqualTo("1.0.0");
        assertThat(f.getReference()).isEqualTo("RDS.2");
        assertThat(f.getSpecification()).isEqualTo("[RDS.2] " + SecurityHub.entry("RDS.2").title());
        // RDS.2 is CIS AWS Foundations v3.0.0 2.3.3: reported under CIS, not folded into the FSBP reference.
        assertThat(AnalyzerInfoMapper.tags(m)).contains("fsbp:RDS.2", "cis-aws-v3.0.0:2.3.3");
    }

    @Test
    void aControlOutsideFsbpIsReportedUnderCisWhenCisHoldsIt() {
        PolicyMetadata m = PasswordPolicy.policy().metadata();
        assertThat(m.controls()).contains(new Control(Framework.FSBP, "IAM.7"), new Control(Framework.SECURITY_HUB, "IAM.15"),
                new Control(Framework.CIS_AWS_V3, "1.8"), new Control(Framework.CIS_AWS_V3, "1.9"));
        assertThat(AnalyzerInfoMapper.tags(m)).contains("fsbp:IAM.7", "securityhub:IAM.15", "cis-aws-v3.0.0:1.8");

        ResourcePolicy cisOnly = ResourcePolicy.builder("x-cis-only").description("d").severity(io.platform.policy.sdk.Severity.LOW)
                .controls(new Control(Framework.CIS_AWS_V3, "1.16")).fix("f").types("aws:iam/policy:Policy").check((r, c) -> { })
                .build();
        PolicyComplianceFramework cis = AnalyzerInfoMapper.framework(cisOnly.metadata()).orElseThrow();
        assertThat(cis.getName()).isEqualTo("CIS AWS Foundations Benchmark");
        assertThat(cis.getVersion()).isEqualTo("3.0.0");
        assertThat(cis.getReference()).isEqualTo("1.16");
        assertThat(cis.getSpecification()).isEmpty();
    }

    @Test
    void aRuleWithNoPublicControlSaysSo() {
        PolicyMetadata m = TaggingRules.requiredTags().metadata();
        assertThat(AnalyzerInfoMapper.framework(m)).isEmpty();
        assertThat(AnalyzerInfoMapper.tags(m)).contains("no-public-control");
        assertThat(AnalyzerInfoMapper.url(m)).isEmpty();
    }

    @Test
    void policyInfoOfAnEnvironmentAwareResourcePolicy() {
        PolicyInfo info = AnalyzerInfoMapper.policyInfo(BackupRetention.policy());
        assertThat(info.getPolicyType()).isEqualTo(PolicyType.POLICY_TYPE_RESOURCE);
        assertThat(info.getTagsList()).contains("fsbp:RDS.11", "environment-aware");
        assertThat(info.getUrl()).isEqualTo("https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11");
        Map<String, Object> schema = StructCodec.toJava(info.getConfigSchema().getProperties());
        assertThat(schema).containsKeys("exemptions", "minimumDays", "productionMinimumDays", "productionEnvironments");
        assertThat(schema.get("productionEnvironments")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string"),
                "minItems", 1.0, "default", List.of("production"), "description", "Environment names treated as production, "
                        + "matched against the stack config <project>:environment, else against the stack name"));
    }

    @Test
    void stackPoliciesAreMarkedAsSuch() {
        PolicyInfo info = AnalyzerInfoMapper.policyInfo(BucketHasVersioning.policy());
        assertThat(info.getPolicyType()).isEqualTo(PolicyType.POLICY_TYPE_STACK);
        // S3.14 is a control of Security Hub's NIST SP 800-53 r5 standard, not of FSBP.
        assertThat(info.getFramework().getName()).isEqualTo("NIST SP 800-53");
        assertThat(info.getFramework().getReference()).startsWith("AU-9(2), CP-6, CP-6(1)");
        assertThat(info.getFramework().getSpecification()).isEqualTo("[S3.14] " + SecurityHub.entry("S3.14").title());
        assertThat(info.getTagsList()).contains("securityhub:S3.14", "nist-800-53-r5:CP-9");
    }
}
