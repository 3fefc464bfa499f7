package io.platform.policy.analyzer;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ConfigSchema;
import io.platform.policy.sdk.Control;
import io.platform.policy.sdk.Framework;
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
import java.util.stream.Collectors;

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
            + "SNS, SQS, CloudTrail, VPC, IAM, WAF, Lambda, EFS, account services, required tags and cost (AWS FSBP, CIS AWS "
            + "Foundations Benchmark v3.0.0, NIST SP 800-53 r5, PCI DSS v4.0.1)";
    /** Which framework PolicyInfo.framework names when a policy cites several. */
    static final List<Framework> PRIMARY_ORDER = List.of(Framework.FSBP, Framework.CIS_AWS_V3, Framework.NIST_800_53_R5,
            Framework.PCI_DSS_V4, Framework.SECURITY_HUB);

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
        framework(m).ifPresent(info::setFramework);
        url(m).ifPresent(info::setUrl);
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
     * The policy's primary framework (the message has room for one): FSBP when it cites FSBP controls,
     * else CIS AWS Foundations v3.0.0, NIST SP 800-53 r5, PCI DSS v4.0.1, or a Security Hub control outside
     * FSBP, in that order, with the ids cited under it and the Security Hub controls behind them. Every other
     * control is reported under its own framework in the tags ({@link #tags}).
     */
    static Optional<PolicyComplianceFramework> framework(PolicyMetadata m) {
        Map<Framework, List<String>> byFramework = m.controlsByFramework();
        for (Framework f : PRIMARY_ORDER) {
            List<String> ids = byFramework.get(f);
            if (ids == null) {
                continue;
            }
            PolicyComplianceFramework.Builder out = PolicyComplianceFramework.newBuilder()
                    .setName(f.displayName()).setVersion(f.version()).setReference(String.join(", ", ids));
            // The Security Hub controls behind the reference: the FSBP ones under FSBP; under another framework
            // the Security Hub controls (of that standard) whose related requirements the reference lists.
            List<String> securityHub = f == Framework.FSBP ? ids
                    : m.controls().stream().filter(c -> c.framework() == Framework.FSBP || c.framework() == Framework.SECURITY_HUB)
                    .map(Control::id).toList();
            out.setSpecification(securityHub.stream().filter(SecurityHub::known)
                    .map(id -> "[" + id + "] " + SecurityHub.entry(id).title()).collect(Collectors.joining("; ")));
            return Optional.of(out.build());
        }
        return Optional.empty();
    }

    /** The AWS control reference of the first Security Hub control the policy cites, for the policy's URL. */
    static Optional<String> url(PolicyMetadata m) {
        return m.controls().stream().filter(c -> c.framework() == Framework.FSBP || c.framework() == Framework.SECURITY_HUB)
                .map(Control::id).filter(SecurityHub::known).map(id -> SecurityHub.entry(id).url()).findFirst();
    }

    /**
     * Every control under its own framework ({@code fsbp:S3.8}, {@code cis-aws-v3.0.0:2.1.4},
     * {@code nist-800-53-r5:SC-7}, {@code pci-dss-v4.0.1:1.4.4}, {@code securityhub:S3.14}), or
     * {@code no-public-control}, and {@code production-only} / {@code environment-aware}.
     */
    static List<String> tags(PolicyMetadata m) {
        List<String> tags = new ArrayList<>();
        for (Control c : m.controls()) {
            tags.add(c.tag());
        }
        if (m.controls().isEmpty()) {
            tags.add("no-public-control");
        }
        if (m.productionOnly()) {
            tags.add("production-only");
        } else if (m.environmentAware()) {
            tags.add("environment-aware");
        }
        return tags;
    }
}
