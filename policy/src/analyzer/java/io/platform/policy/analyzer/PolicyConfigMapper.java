package io.platform.policy.analyzer;

import io.platform.policy.sdk.ConfigSchema;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyConfigException;
import io.platform.policy.sdk.StructCodec;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts the engine's {@code Configure} request into the pack config the SDK validates.
 *
 * <p>The engine sends one entry per policy, already merged (the schema's defaults from
 * GetAnalyzerInfo, then the pack's initial config, then {@code --policy-pack-config} or the policy
 * group's config), each with its level and its properties. An {@code all} entry may be present
 * too; it carries only a level, which the engine has already applied to every policy.
 */
final class PolicyConfigMapper {
    private PolicyConfigMapper() {
    }

    /** @throws PolicyConfigException for a level the wire format does not define */
    static PackConfig toPackConfig(Map<String, PolicyConfig> policyConfig) {
        Map<String, Object> config = new LinkedHashMap<>();
        // sorted, so that the first error reported does not depend on protobuf map order
        for (Map.Entry<String, PolicyConfig> e : new TreeMap<>(policyConfig).entrySet()) {
            PolicyConfig pc = e.getValue();
            Map<String, Object> entry = new LinkedHashMap<>(StructCodec.toJava(pc.getProperties()));
            entry.put(ConfigSchema.ENFORCEMENT_LEVEL, level(e.getKey(), pc).wireName());
            config.put(e.getKey(), entry);
        }
        return PackConfig.fromMap(config);
    }

    static EnforcementLevel level(String policy, PolicyConfig pc) {
        return switch (pc.getEnforcementLevel()) {
            case ADVISORY -> EnforcementLevel.ADVISORY;
            case MANDATORY -> EnforcementLevel.MANDATORY;
            case REMEDIATE -> EnforcementLevel.REMEDIATE;
            case DISABLED -> EnforcementLevel.DISABLED;
            case UNRECOGNIZED -> throw new PolicyConfigException("invalid policy pack config: " + policy
                    + ".enforcementLevel: " + pc.getEnforcementLevelValue() + " is not an enforcement level; allowed: "
                    + EnforcementLevel.allowedNames());
        };
    }

    static AnalyzerOuterClass.EnforcementLevel wire(EnforcementLevel level) {
        return switch (level) {
            case ADVISORY -> AnalyzerOuterClass.EnforcementLevel.ADVISORY;
            case MANDATORY -> AnalyzerOuterClass.EnforcementLevel.MANDATORY;
            case REMEDIATE -> AnalyzerOuterClass.EnforcementLevel.REMEDIATE;
            case DISABLED -> AnalyzerOuterClass.EnforcementLevel.DISABLED;
        };
    }
}
