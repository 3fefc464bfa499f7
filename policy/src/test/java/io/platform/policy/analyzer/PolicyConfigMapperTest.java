package io.platform.policy.analyzer;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.ConfiguredPolicy;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyConfigException;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.StructCodec;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyConfigMapperTest {
    static final PolicyPack PACK = PlatformPolicyPack.create();

    static PolicyConfig entry(AnalyzerOuterClass.EnforcementLevel level, Map<String, ?> properties) {
        return PolicyConfig.newBuilder().setEnforcementLevel(level).setProperties(StructCodec.toStruct(properties)).build();
    }

    @Test
    void engineEntriesBecomeLevelsSettingsAndExemptions() {
        PackConfig config = PolicyConfigMapper.toPackConfig(Map.of(
                "rds-backup-retention", entry(AnalyzerOuterClass.EnforcementLevel.ADVISORY,
                        Map.of("minimumDays", 14.0, "productionMinimumDays", 35.0, "productionEnvironments", List.of("prod"))),
                "s3-sse-kms", entry(AnalyzerOuterClass.EnforcementLevel.MANDATORY, Map.of("exemptions", List.of(
                        Map.of("namePattern", "*-access-logs*", "reason", "ALB access logs only support SSE-S3")))),
                "all", entry(AnalyzerOuterClass.EnforcementLevel.REMEDIATE, Map.of())));

        assertThat(config.allLevel()).contains(EnforcementLevel.REMEDIATE);
        List<ConfiguredPolicy> configured = PACK.configure(config);
        ConfiguredPolicy retention = configured.stream().filter(c -> c.policy().id().equals("rds-backup-retention")).findFirst().orElseThrow();
        assertThat(retention.level()).isEqualTo(EnforcementLevel.ADVISORY);
        assertThat(retention.settings().integer("minimumDays")).isEqualTo(14);
        assertThat(retention.settings().integer("productionMinimumDays")).isEqualTo(35);
        assertThat(retention.settings().strings("productionEnvironments")).containsExactly("prod");
        ConfiguredPolicy sse = configured.stream().filter(c -> c.policy().id().equals("s3-sse-kms")).findFirst().orElseThrow();
        assertThat(sse.exemptions()).extracting(e -> e.namePattern()).containsExactly("*-access-logs*");
        ConfiguredPolicy untouched = configured.stream().filter(c -> c.policy().id().equals("rds-multi-az")).findFirst().orElseThrow();
        assertThat(untouched.level()).isEqualTo(EnforcementLevel.REMEDIATE);
    }

    @Test
    void aLevelTheWireDoesNotDefineIsRefused() {
        PolicyConfig bad = PolicyConfig.newBuilder().setEnforcementLevelValue(9).build();
        assertThatThrownBy(() -> PolicyConfigMapper.toPackConfig(Map.of("rds-multi-az", bad)))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessage("invalid policy pack config: rds-multi-az.enforcementLevel: 9 is not an enforcement level; "
                        + "allowed: advisory, mandatory, remediate, disabled");
    }

    @Test
    void aSettingOfTheWrongTypeIsRefusedByThePack() {
        PackConfig config = PolicyConfigMapper.toPackConfig(Map.of("rds-backup-retention",
                entry(AnalyzerOuterClass.EnforcementLevel.MANDATORY, Map.of("minimumDays", 6.5))));
        assertThatThrownBy(() -> PACK.configure(config))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessage("invalid policy pack config: rds-backup-retention.minimumDays: 6.5 is not an integer from 1 to 35");
    }

    @Test
    void levelsMapBothWays() {
        for (EnforcementLevel level : EnforcementLevel.values()) {
            PolicyConfig pc = PolicyConfig.newBuilder().setEnforcementLevel(PolicyConfigMapper.wire(level)).build();
            assertThat(PolicyConfigMapper.level("p", pc)).isEqualTo(level);
        }
    }
}
