package io.platform.policy.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyMetadata;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.RemediatedResource;
import io.platform.policy.sdk.StructCodec;
import io.platform.policy.sdk.Violation;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.RemediateResponse;
import pulumirpc.AnalyzerOuterClass.Remediation;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * Turns the SDK's report into the engine's messages.
 *
 * <ul>
 *   <li>Exempted findings are not sent (they do not count; the debug log names them).</li>
 *   <li>A finding at level {@code remediate} is sent as {@code mandatory}: in {@code Analyze} the engine
 *       has already applied {@code Remediate}, so what is still wrong was not fixed (the engine itself
 *       downgrades it the same way), and stack policies have no remediation.</li>
 *   <li>The message is the policy's description, the finding, the fix and the controls it checks (each under
 *       its framework), one per line, as the CLI prints it under the resource. Secret inputs are already masked
 *       by the SDK.</li>
 * </ul>
 */
final class DiagnosticMapper {
    private final PolicyPack pack;
    /** Per policy id: its description, and the lines after the finding (fix, controls), built once. */
    private final Map<String, String[]> text = new HashMap<>();

    DiagnosticMapper(PolicyPack pack) {
        this.pack = pack;
        for (Policy p : pack.policies()) {
            PolicyMetadata m = p.metadata();
            text.put(m.id(), new String[] {m.description(), controlsLine(m)});
        }
    }

    /** {@code Controls: FSBP S3.8 · CIS AWS Foundations Benchmark 3.0.0 2.1.4 · ...}, or why there is none. */
    static String controlsLine(PolicyMetadata m) {
        if (m.controls().isEmpty()) {
            return "Controls: none public (" + m.noControlReason() + ")";
        }
        return "Controls: " + m.controlsByFramework().entrySet().stream()
                .map(e -> e.getKey().title() + " " + String.join(", ", e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    AnalyzeResponse analyzeResponse(PolicyReport report) {
        AnalyzeResponse.Builder response = AnalyzeResponse.newBuilder();
        for (Violation v : report.violations()) {
            if (!v.exempted()) {
                response.addDiagnostics(diagnostic(v));
            }
        }
        return response.build();
    }

    AnalyzeDiagnostic diagnostic(Violation v) {
        String[] policyText = text.getOrDefault(v.policyId(), new String[] {v.policyId(), ""});
        String description = policyText[0];
        EnforcementLevel level = v.level() == EnforcementLevel.REMEDIATE ? EnforcementLevel.MANDATORY : v.level();
        return AnalyzeDiagnostic.newBuilder()
                .setPolicyName(v.policyId())
                .setPolicyPackName(pack.name())
                .setPolicyPackVersion(pack.version())
                .setDescription(description)
                .setMessage(description + "\n" + v.message() + "\nFix: " + v.fixHint() + "\n" + policyText[1])
                .setEnforcementLevel(PolicyConfigMapper.wire(level))
                .setSeverity(AnalyzerInfoMapper.severity(v.severity()))
                .setUrn(v.urn())
                .build();
    }

    /**
     * One {@code Remediation} per remediating policy, each with the resource's complete new inputs.
     * Inputs the remediation did not touch are copied from the request as they came, so assets,
     * archives, resource references and output values pass through unchanged; only the changed
     * inputs are encoded anew (secrets and unknowns keep their encodings).
     */
    RemediateResponse remediateResponse(PolicyReport report, Struct original, Map<String, Object> originalDecoded) {
        RemediateResponse.Builder response = RemediateResponse.newBuilder();
        for (RemediatedResource r : report.remediations()) {
            response.addRemediations(Remediation.newBuilder()
                    .setPolicyName(r.policyId())
                    .setPolicyPackName(pack.name())
                    .setPolicyPackVersion(pack.version())
                    .setDescription(description(r.policyId()))
                    .setProperties(merged(original, originalDecoded, r.properties())));
        }
        return response.build();
    }

    static Struct merged(Struct original, Map<String, Object> originalDecoded, Map<String, Object> fixed) {
        Struct.Builder out = Struct.newBuilder();
        Map<String, Value> originalFields = original.getFieldsMap();
        fixed.forEach((key, value) -> {
            Value before = originalFields.get(key);
            boolean unchanged = before != null && Objects.equals(originalDecoded.get(key), value);
            out.putFields(key, unchanged ? before : StructCodec.toValue(value));
        });
        return out.build();
    }

    private String description(String policyId) {
        String[] policyText = text.get(policyId);
        return policyText == null ? policyId : policyText[0];
    }
}
