package io.platform.policy.analyzer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Struct;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.StructCodec;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerPropertyDependencies;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResourceOptions;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the requests the engine sends, the way the engine builds them. */
final class Requests {
    static final String PROJECT = "platform";

    private Requests() {
    }

    static String urn(String stack, String type, String name) {
        return "urn:pulumi:" + stack + "::" + PROJECT + "::" + type + "::" + name;
    }

    static AnalyzeRequest analyze(String stack, String type, String name, Map<String, ?> inputs) {
        return AnalyzeRequest.newBuilder()
                .setUrn(urn(stack, type, name)).setType(type).setName(name)
                .setProperties(StructCodec.toStruct(inputs))
                .setOptions(AnalyzerResourceOptions.getDefaultInstance())
                .build();
    }

    static AnalyzeRequest analyze(PolicyResource r) {
        return AnalyzeRequest.newBuilder()
                .setUrn(r.urn()).setType(r.type()).setName(r.name())
                .setProperties(StructCodec.toStruct(r.properties().asMap()))
                .setOptions(AnalyzerResourceOptions.newBuilder().setParent(r.parent() == null ? "" : r.parent()))
                .build();
    }

    static AnalyzerResource stackResource(PolicyResource r) {
        AnalyzerResource.Builder b = AnalyzerResource.newBuilder()
                .setUrn(r.urn()).setType(r.type()).setName(r.name())
                .setParent(r.parent() == null ? "" : r.parent())
                .addAllDependencies(r.dependencies())
                .setProperties(StructCodec.toStruct(r.properties().asMap()));
        r.propertyDependencies().forEach((k, v) ->
                b.putPropertyDependencies(k, AnalyzerPropertyDependencies.newBuilder().addAllUrns(v).build()));
        return b.build();
    }

    static AnalyzerStackConfigureRequest configureStack(String stack, Map<String, String> config, boolean dryRun,
                                                        String... secretKeys) {
        return AnalyzerStackConfigureRequest.newBuilder()
                .setStack(stack).setProject(PROJECT).setOrganization("acme")
                .putAllConfig(config).addAllConfigSecretKeys(java.util.List.of(secretKeys))
                .setDryRun(dryRun)
                .putTags("pulumi:project", PROJECT)
                .build();
    }

    /** {@code --policy-pack-config <file>} as the engine turns it into a Configure request. */
    @SuppressWarnings("unchecked")
    static ConfigureAnalyzerRequest configure(AnalyzerInfo info, Path packConfigFile) throws IOException {
        return configure(info, new ObjectMapper().readValue(packConfigFile.toFile(), Map.class));
    }

    /**
     * What the engine sends to Configure (pulumi's ReconcilePolicyPackConfig): per policy, its default level
     * and the defaults of its schema, then the pack's initial config, then the user's config on top; "all"
     * sets every level and is passed on itself.
     */
    @SuppressWarnings("unchecked")
    static ConfigureAnalyzerRequest configure(AnalyzerInfo info, Map<String, Object> userConfig) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        for (PolicyInfo p : info.getPoliciesList()) {
            levels.put(p.getName(), p.getEnforcementLevel().name().toLowerCase());
            Map<String, Object> defaults = new LinkedHashMap<>();
            StructCodec.toJava(p.getConfigSchema().getProperties()).forEach((k, schema) -> {
                Map<String, Object> s = (Map<String, Object>) schema;
                if (s.containsKey("default")) {
                    defaults.put(k, s.get("default"));
                }
            });
            properties.put(p.getName(), defaults);
        }
        Map<String, Object> initial = new LinkedHashMap<>();
        info.getInitialConfigMap().forEach((k, v) -> {
            Map<String, Object> entry = new LinkedHashMap<>(StructCodec.toJava(v.getProperties()));
            entry.put("enforcementLevel", v.getEnforcementLevel().name().toLowerCase());
            initial.put(k, entry);
        });
        apply(levels, properties, initial);
        apply(levels, properties, userConfig);
        ConfigureAnalyzerRequest.Builder request = ConfigureAnalyzerRequest.newBuilder();
        levels.forEach((name, level) -> request.putPolicyConfig(name, PolicyConfig.newBuilder()
                .setEnforcementLevel(AnalyzerOuterClass.EnforcementLevel.valueOf(level.toUpperCase()))
                .setProperties(StructCodec.toStruct(properties.getOrDefault(name, Map.of())))
                .build()));
        return request.build();
    }

    @SuppressWarnings("unchecked")
    private static void apply(Map<String, String> levels, Map<String, Map<String, Object>> properties,
                              Map<String, Object> config) {
        Object all = config.get("all");
        String allLevel = all instanceof String s ? s : all instanceof Map<?, ?> m ? (String) m.get("enforcementLevel") : null;
        if (allLevel != null) {
            levels.replaceAll((k, v) -> allLevel);
        }
        config.forEach((name, value) -> {
            Map<String, Object> given = value instanceof String s ? Map.of("enforcementLevel", s) : (Map<String, Object>) value;
            Map<String, Object> props = new LinkedHashMap<>(given);
            Object level = props.remove("enforcementLevel");
            if (level != null) {
                levels.put(name, (String) level);
            } else if (!levels.containsKey(name)) {
                throw new IllegalArgumentException("invalid enforcement level \"\""); // as the engine refuses it
            }
            properties.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(props);
        });
    }

    static Struct struct(Map<String, ?> values) {
        return StructCodec.toStruct(values);
    }
}
