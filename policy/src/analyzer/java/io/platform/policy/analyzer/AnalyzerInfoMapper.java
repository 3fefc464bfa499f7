package io.platform.policy.analyzer;

import io.platform.policy.sdk.ConfigSchema;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyMetadata;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StructCodec;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.PolicyComplianceFramework;
import pulumirpc.AnalyzerOuterClass.PolicyConfigSchema;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicySeverity;
import pulumirpc.AnalyzerOuterClass.PolicyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pack's metadata as GetAnalyzerInfo reports it: every policy with its description, default
 * level, severity, compliance framework, fix and config schema. {@code supportsConfig} is true, so
 * the engine adds {@code enforcementLevel} to each schema itself, fills in the settings' defaults and
 * validates {@code --policy-pack-config} against the schemas before calling Configure.
 */
final class AnalyzerInfoMapper {
    static final String DISPLAY_NAME = "Platform security";
    static final String DESCRIPTION = "Security, compliance and cost rules for the platform's AWS stacks: S3, RDS/Aurora, "
            + "ElastiCache, security groups, load balancing, ECS/ECR, CloudFront, KMS, Secrets Manager, CloudWatch Logs, "
            + "SNS, CloudTrail, VPC, IAM, required tags and cost (AWS FSBP and CIS AWS Foundations Benchmark v3.0.0)";
    static final String FSBP = "AWS Foundational Security Best Practices";
    static final String CIS = "CIS AWS Foundations Benchmark";
    static final String CIS_VERSION = "3.0.0";
    private static final String CIS_PREFIX = "CIS ";

    private AnalyzerInfoMapper() {
    }

    static AnalyzerInfo analyzerInfo(PolicyPack pack) {
        AnalyzerInfo.Builder info = AnalyzerInfo.newBuilder()
                .setName(pack.name())
                .setDisplayName(DISPLAY_NAME)
                .setVersion(pack.version())
                .setDescription(DESCRIPTION)
                .setProvider("aws")
                .addAllTags(List.of("aws", "security", "compliance", "cost"))
                // No initialConfig: every default lives in the policies (level, and each setting's schema default).
                .setSupportsConfig(true);
        for (Policy p : pack.policies()) {
            info.addPolicies(policyInfo(p));
        }
        return info.build();
    }

    static PolicyInfo policyInfo(Policy policy) {
        PolicyMetadata m = policy.metadata();
        PolicyInfo.Builder info = PolicyInfo.newBuilder()
                .setName(m.id())
                .setDescription(m.description())
                .setEnforcementLevel(PolicyConfigMapper.wire(m.defaultLevel()))
                .setPolicyType(policy instanceof ResourcePolicy ? PolicyType.POLICY_TYPE_RESOURCE : PolicyType.POLICY_TYPE_STACK)
                .setSeverity(severity(m.severity()))
                .setRemediationSteps(m.fixHint())
                .setConfigSchema(configSchema(m.configSchema()))
                .addAllTags(tags(m));
        framework(m.controls()).ifPresent(info::setFramework);
        return info.build();
    }

    /**
     * The settings' JSON schemas (type, description, default, minimum) and {@code exemptions}.
     * {@code enforcementLevel} is left out: the engine adds it, and Pulumi's runtimes refuse it here.
     */
    @SuppressWarnings("unchecked")
    static PolicyConfigSchema configSchema(ConfigSchema schema) {
        Map<String, Object> properties = new LinkedHashMap<>(
                (Map<String, Object>) schema.toJsonSchema().get("properties"));
        properties.remove(ConfigSchema.ENFORCEMENT_LEVEL);
        return PolicyConfigSchema.newBuilder().setProperties(StructCodec.toStruct(properties)).build();
    }

    static PolicySeverity severity(Severity severity) {
        return switch (severity) {
            case LOW -> PolicySeverity.POLICY_SEVERITY_LOW;
            case MEDIUM -> PolicySeverity.POLICY_SEVERITY_MEDIUM;
            case HIGH -> PolicySeverity.POLICY_SEVERITY_HIGH;
            case CRITICAL -> PolicySeverity.POLICY_SEVERITY_CRITICAL;
        };
    }

    /**
     * One framework per policy (the message has room for one): FSBP with its control ids when the
     * policy maps to any, else the CIS benchmark with its items. Tags keep every control of both.
     */
    static Optional<PolicyComplianceFramework> framework(List<String> controls) {
        List<String> fsbp = controls.stream().filter(c -> !c.startsWith(CIS_PREFIX)).toList();
        List<String> cis = controls.stream().filter(c -> c.startsWith(CIS_PREFIX))
                .map(c -> c.substring(CIS_PREFIX.length())).toList();
        if (!fsbp.isEmpty()) {
            PolicyComplianceFramework.Builder f = PolicyComplianceFramework.newBuilder()
                    .setName(FSBP).setReference(String.join(", ", fsbp));
            if (!cis.isEmpty()) {
                f.setSpecification("also " + CIS + " v" + CIS_VERSION + " " + String.join(", ", cis));
            }
            return Optional.of(f.build());
        }
        if (!cis.isEmpty()) {
            return Optional.of(PolicyComplianceFramework.newBuilder()
                    .setName(CIS).setVersion(CIS_VERSION).setReference(String.join(", ", cis)).build());
        }
        return Optional.empty();
    }

    /** {@code fsbp:S3.8}, {@code cis:2.1.4}, and {@code production-only} / {@code environment-aware}. */
    static List<String> tags(PolicyMetadata m) {
        List<String> tags = new ArrayList<>();
        for (String c : m.controls()) {
            tags.add(c.startsWith(CIS_PREFIX) ? "cis:" + c.substring(CIS_PREFIX.length()) : "fsbp:" + c);
        }
        if (m.productionOnly()) {
            tags.add("production-only");
        } else if (m.environmentAware()) {
            tags.add("environment-aware");
        }
        return tags;
    }
}
