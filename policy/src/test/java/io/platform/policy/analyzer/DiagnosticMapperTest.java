package io.platform.policy.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackContext;
import io.platform.policy.sdk.StructCodec;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.PolicySeverity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticMapperTest {
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";

    static final ResourcePolicy OWNER = ResourcePolicy.builder("owner-tag")
            .description("Buckets name their owner").severity(Severity.MEDIUM).fix("Add tags.Owner").types(BUCKET)
            .noPublicControl("an example policy")
            .check((r, ctx) -> {
                if (r.properties().map("tags").nonBlank("Owner").isEmpty()) {
                    ctx.report("tags.Owner is not set; " + r.properties().string("bucket").orElse("?") + " has no owner");
                }
            })
            .remediation((r, ctx) -> {
                Map<String, Object> tags = new LinkedHashMap<>(r.properties().map("tags").asMap());
                tags.put("Owner", "platform-team");
                return r.properties().with("tags", tags);
            })
            .build();
    static final PolicyPack PACK = new PolicyPack("pack", "2.1.0", List.of(OWNER));
    static final DiagnosticMapper MAPPER = new DiagnosticMapper(PACK);

    static PolicyReport run(String config, PolicyResource r) {
        return new PolicyEngine(PACK).run(List.of(r), StackContext.of("staging", "platform"),
                PACK.configure(PackConfig.parse(config)), PolicyEngine.Scope.RESOURCE_POLICIES);
    }

    static PolicyResource bucket(Map<String, Object> inputs) {
        return PolicyResource.builder(BUCKET, "docs").properties(inputs).build();
    }

    @Test
    void diagnosticCarriesPolicyPackLevelSeverityUrnAndAMaskedMessage() {
        PolicyResource r = bucket(Map.of("bucket", new Secret("acme-private-docs"), "tags", Map.of()));
        AnalyzeDiagnostic d = MAPPER.analyzeResponse(run("{}", r)).getDiagnostics(0);
        assertThat(d.getPolicyName()).isEqualTo("owner-tag");
        assertThat(d.getPolicyPackName()).isEqualTo("pack");
        assertThat(d.getPolicyPackVersion()).isEqualTo("2.1.0");
        assertThat(d.getEnforcementLevel()).isEqualTo(AnalyzerOuterClass.EnforcementLevel.MANDATORY);
        assertThat(d.getSeverity()).isEqualTo(PolicySeverity.POLICY_SEVERITY_MEDIUM);
        assertThat(d.getUrn()).isEqualTo(r.urn());
        assertThat(d.getDescription()).isEqualTo("Buckets name their owner");
        assertThat(d.getMessage()).isEqualTo("Buckets name their owner\ntags.Owner is not set; [secret] has no owner\n"
                + "Fix: Add tags.Owner\nControls: none public (an example policy)");
    }

    @Test
    void remediateLevelFindingsAreSentAsMandatory() {
        PolicyReport report = run("{\"owner-tag\": \"remediate\"}", bucket(Map.of("tags", Map.of())));
        assertThat(report.violations()).extracting(v -> v.level()).containsExactly(EnforcementLevel.REMEDIATE);
        assertThat(MAPPER.analyzeResponse(report).getDiagnosticsList()).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(AnalyzerOuterClass.EnforcementLevel.MANDATORY);
    }

    @Test
    void exemptedFindingsAreNotSent() {
        PolicyReport report = run("""
                {"owner-tag": {"exemptions": [{"namePattern": "docs", "reason": "owned by the docs team, see OPS-1"}]}}""",
                bucket(Map.of("tags", Map.of())));
        assertThat(report.exempted()).hasSize(1);
        assertThat(MAPPER.analyzeResponse(report).getDiagnosticsList()).isEmpty();
    }

    @Test
    void remediationKeepsUntouchedInputsAsTheyCame() {
        Value asset = Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(StructCodec.SIGNATURE_KEY, string(StructCodec.ASSET_SIG))
                .putFields("path", string("index.html"))).build();
        Value output = Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(StructCodec.SIGNATURE_KEY, string(StructCodec.OUTPUT_SIG))
                .putFields("value", string("arn:aws:kms:eu-west-1:1:key/k"))
                .putFields("dependencies", Value.newBuilder().setListValue(com.google.protobuf.ListValue.newBuilder()
                        .addValues(string("urn:pulumi:staging::platform::aws:kms/key:Key::s3"))).build())).build();
        Struct original = Struct.newBuilder()
                .putFields("website", asset)
                .putFields("kmsKeyId", output)
                .putFields("tags", StructCodec.toValue(Map.of("Project", "platform", "Secret", new Secret("abc"),
                        "Later", Unknown.VALUE)))
                .build();
        Map<String, Object> decoded = StructCodec.toJava(original);
        PolicyResource r = new PolicyResource("urn:pulumi:staging::platform::" + BUCKET + "::docs", BUCKET, "docs",
                null, List.of(), Map.of(), io.platform.policy.sdk.PropertyMap.of(decoded));

        Struct fixed = MAPPER.remediateResponse(run("{\"owner-tag\": \"remediate\"}", r), original, decoded)
                .getRemediations(0).getProperties();

        assertThat(fixed.getFieldsOrThrow("website")).isEqualTo(asset);
        assertThat(fixed.getFieldsOrThrow("kmsKeyId")).isEqualTo(output);
        Map<String, Value> tags = fixed.getFieldsOrThrow("tags").getStructValue().getFieldsMap();
        assertThat(tags.get("Owner")).isEqualTo(string("platform-team"));
        assertThat(tags.get("Later")).isEqualTo(string(StructCodec.UNKNOWN_STRING));
        assertThat(tags.get("Secret").getStructValue().getFieldsOrThrow(StructCodec.SIGNATURE_KEY))
                .isEqualTo(string(StructCodec.SECRET_SIG));
        assertThat(fixed.getFieldsCount()).isEqualTo(3);
    }

    @Test
    void mergeDropsInputsTheRemediationRemoved() {
        Struct original = Struct.newBuilder().putFields("a", string("1")).putFields("b", string("2")).build();
        Struct merged = DiagnosticMapper.merged(original, StructCodec.toJava(original), Map.of("a", "1", "c", true));
        assertThat(merged.getFieldsMap()).containsOnlyKeys("a", "c");
        assertThat(merged.getFieldsOrThrow("c").getBoolValue()).isTrue();
    }

    private static Value string(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }
}
