package io.platform.policy.analyzer;

import io.platform.policy.rules.RdsRules;
import io.platform.policy.rules.S3Rules;
import io.platform.policy.rules.StackRules;
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
    void frameworkPrefersFsbpAndKeepsCisInTheSpecification() {
        PolicyComplianceFramework both = AnalyzerInfoMapper.framework(List.of("RDS.2", "CIS 2.3.3")).orElseThrow();
        assertThat(both.getName()).isEqualTo("AWS Foundational Security Best Practices");
        assertThat(both.getReference()).isEqualTo("RDS.2");
        assertThat(both.getSpecification()).isEqualTo("also CIS AWS Foundations Benchmark v3.0.0 2.3.3");

        PolicyComplianceFramework cis = AnalyzerInfoMapper.framework(List.of("CIS 1.16")).orElseThrow();
        assertThat(cis.getName()).isEqualTo("CIS AWS Foundations Benchmark");
        assertThat(cis.getVersion()).isEqualTo("3.0.0");
        assertThat(cis.getReference()).isEqualTo("1.16");

        assertThat(AnalyzerInfoMapper.framework(List.of())).isEmpty();
    }

    @Test
    void policyInfoOfAnEnvironmentAwareResourcePolicy() {
        PolicyInfo info = AnalyzerInfoMapper.policyInfo(RdsRules.backupRetention());
        assertThat(info.getPolicyType()).isEqualTo(PolicyType.POLICY_TYPE_RESOURCE);
        assertThat(info.getTagsList()).containsExactly("fsbp:RDS.11", "environment-aware");
        Map<String, Object> schema = StructCodec.toJava(info.getConfigSchema().getProperties());
        assertThat(schema).containsOnlyKeys("exemptions", "minimumDays", "productionMinimumDays", "productionEnvironments");
        assertThat(schema.get("productionEnvironments")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string"),
                "default", List.of("production"), "description", "Environment names treated as production, matched "
                        + "against the stack config <project>:environment, else against the stack name"));
    }

    @Test
    void stackPoliciesAreMarkedAsSuch() {
        PolicyInfo info = AnalyzerInfoMapper.policyInfo(StackRules.all().get(0));
        assertThat(info.getPolicyType()).isEqualTo(PolicyType.POLICY_TYPE_STACK);
        assertThat(AnalyzerInfoMapper.policyInfo(S3Rules.versioning()).getFramework().getReference()).isEqualTo("S3.14");
    }
}
