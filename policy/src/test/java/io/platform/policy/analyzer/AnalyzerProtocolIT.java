package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.PlatformStackFixture;
import io.platform.policy.Tokens;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StructCodec;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicySeverity;
import pulumirpc.AnalyzerOuterClass.PolicyType;
import pulumirpc.AnalyzerOuterClass.RemediateResponse;
import pulumirpc.AnalyzerOuterClass.Remediation;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Drives the analyzer jar over gRPC as the Pulumi engine does, in the engine's order: Handshake,
 * ConfigureStack, GetPluginInfo, GetAnalyzerInfo, Configure, then Analyze/Remediate per resource and
 * AnalyzeStack, and finally Cancel. One process for the whole class (the protocol is stateful).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyzerProtocolIT {
    static final String SECRET_CONFIG_VALUE = "s3cr3t-config-value";
    static final Map<String, String> STAGING_CONFIG = Map.of(
            "platform:environment", "staging", "platform:dbPassword", SECRET_CONFIG_VALUE);
    static final String PAB = Tokens.S3_PUBLIC_ACCESS_BLOCK;

    static FakeEngine engine;
    static AnalyzerProcess analyzer;
    static AnalyzerInfo info;

    @BeforeAll
    static void start() throws Exception {
        engine = new FakeEngine();
        analyzer = AnalyzerProcess.start(engine.address());
    }

    @AfterAll
    static void stop() throws Exception {
        if (analyzer != null) {
            analyzer.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    static AnalyzerGrpc.AnalyzerBlockingStub rpc() {
        return analyzer.stub();
    }

    @Test
    @Order(1)
    void handshakeAccepted() {
        AnalyzerHandshakeRequest request = AnalyzerHandshakeRequest.newBuilder()
                .setEngineAddress(engine.address())
                .setRootDirectory(AnalyzerProcess.PACK_DIR.toString())
                .setProgramDirectory(AnalyzerProcess.PACK_DIR.toString())
                .build();
        assertThat(rpc().handshake(request)).isNotNull();
    }

    @Test
    @Order(2)
    void configureStackAccepted() throws Exception {
        rpc().configureStack(Requests.configureStack("staging", STAGING_CONFIG, true, "platform:dbPassword"));
        LogRequest log = engine.awaitLog("stack acme/platform/staging (preview)", 10_000);
        assertThat(log.getSeverity()).isEqualTo(LogSeverity.DEBUG);
        assertThat(log.getMessage()).contains("environment staging", "config keys [platform:environment]",
                "secret keys [platform:dbPassword]");
    }

    @Test
    @Order(3)
    void pluginInfoHasThePackVersion() {
        assertThat(rpc().getPluginInfo(Empty.getDefaultInstance()).getVersion()).isEqualTo(PlatformPolicyPack.VERSION);
    }

    @Test
    @Order(4)
    void analyzerInfoListsEveryPolicy() {
        info = rpc().getAnalyzerInfo(Empty.getDefaultInstance());
        List<Policy> policies = PlatformPolicyPack.create().policies();

        assertThat(info.getName()).isEqualTo("platform-security");
        assertThat(info.getDisplayName()).isEqualTo("Platform security");
        assertThat(info.getVersion()).isEqualTo(PlatformPolicyPack.VERSION);
        assertThat(info.getSupportsConfig()).isTrue();
        assertThat(info.getPoliciesList()).extracting(PolicyInfo::getName)
                .containsExactlyElementsOf(policies.stream().map(Policy::id).toList());
        for (int i = 0; i < policies.size(); i++) {
            PolicyInfo p = info.getPolicies(i);
            assertThat(p.getDescription()).isEqualTo(policies.get(i).metadata().description());
            assertThat(p.getRemediationSteps()).isEqualTo(policies.get(i).metadata().fixHint());
            assertThat(p.getPolicyType()).isEqualTo(policies.get(i) instanceof StackPolicy
                    ? PolicyType.POLICY_TYPE_STACK : PolicyType.POLICY_TYPE_RESOURCE);
            assertThat(p.getConfigSchema().getProperties().getFieldsMap())
                    .as("%s: the engine adds enforcementLevel itself", p.getName())
                    .doesNotContainKey("enforcementLevel").containsKey("exemptions");
        }

        PolicyInfo pab = policy("s3-public-access-block");
        assertThat(pab.getEnforcementLevel()).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(pab.getSeverity()).isEqualTo(PolicySeverity.POLICY_SEVERITY_CRITICAL);
        assertThat(pab.getFramework().getName()).isEqualTo("AWS Foundational Security Best Practices");
        assertThat(pab.getFramework().getReference()).isEqualTo("S3.1, S3.8");
        assertThat(pab.getFramework().getSpecification()).startsWith("[S3.1] S3 general purpose buckets should have block public access");
        assertThat(pab.getUrl()).isEqualTo("https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1");
        // every control under its own framework: FSBP, CIS v3.0.0 2.1.4, NIST SP 800-53 r5, PCI DSS v4.0.1
        assertThat(pab.getTagsList()).contains("fsbp:S3.8", "fsbp:S3.1", "cis-aws-v3.0.0:2.1.4", "nist-800-53-r5:AC-21",
                "pci-dss-v4.0.1:1.4.4");

        PolicyInfo retention = policy("rds-backup-retention");
        Map<String, Object> minimumDays = map(StructCodec.toJava(retention.getConfigSchema().getProperties()).get("minimumDays"));
        assertThat(minimumDays).containsEntry("type", "integer").containsEntry("default", 7.0).containsEntry("minimum", 1.0);
        assertThat(policy("cost-instance-class").getEnforcementLevel()).isEqualTo(EnforcementLevel.ADVISORY);
        assertThat(policy("rds-deletion-protection").getTagsList()).contains("production-only");
    }

    @Test
    @Order(5)
    void configureTakesTheEngineMergedStagingConfig() {
        rpc().configure(Requests.configure(info, stagingConfig()));
        assertThat(pabDiagnostics(false)).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.MANDATORY);
    }

    @Test
    @Order(10)
    void violatingResourceYieldsDiagnosticsWithPolicyLevelAndUrn() {
        AnalyzeRequest request = pab("docs-pab", false, true, true, true);
        AnalyzeResponse response = rpc().analyze(request);

        assertThat(response.getDiagnosticsList()).hasSize(1);
        AnalyzeDiagnostic d = response.getDiagnostics(0);
        assertThat(d.getPolicyName()).isEqualTo("s3-public-access-block");
        assertThat(d.getPolicyPackName()).isEqualTo("platform-security");
        assertThat(d.getPolicyPackVersion()).isEqualTo(PlatformPolicyPack.VERSION);
        assertThat(d.getEnforcementLevel()).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(d.getSeverity()).isEqualTo(PolicySeverity.POLICY_SEVERITY_CRITICAL);
        assertThat(d.getUrn()).isEqualTo("urn:pulumi:staging::platform::" + PAB + "::docs-pab");
        assertThat(d.getDescription()).isEqualTo("All four S3 public access block settings are true (bucket and account level)");
        assertThat(d.getMessage()).startsWith("All four S3 public access block settings are true (bucket and account level)\n"
                + "blockPublicAcls is false; all four public access block settings must be true\n"
                + "Fix: Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true\n"
                + "Controls: AWS Foundational Security Best Practices 1.0.0 S3.1, S3.8 · CIS AWS Foundations Benchmark 3.0.0 "
                + "2.1.4 · NIST SP 800-53 Revision 5 AC-3, ");

        assertThat(rpc().analyze(pab("docs-pab", true, true, true, true)).getDiagnosticsList()).isEmpty();
    }

    @Test
    @Order(11)
    void unknownValuesDuringPreviewYieldNoDiagnostics() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("bucket", Unknown.VALUE);
        for (String flag : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
            inputs.put(flag, Unknown.VALUE);
        }
        assertThat(rpc().analyze(Requests.analyze("staging", PAB, "unknown-pab", inputs)).getDiagnosticsList()).isEmpty();

        // An unknown input silences only the checks that read it: the other findings on the resource stay.
        Map<String, Object> db = new LinkedHashMap<>(stagingDatabase().properties().asMap());
        db.put("publiclyAccessible", Unknown.VALUE);
        db.put("storageEncrypted", false);
        AnalyzeResponse response = rpc().analyze(Requests.analyze("staging", Tokens.RDS_INSTANCE, "db", db));
        assertThat(response.getDiagnosticsList()).extracting(AnalyzeDiagnostic::getPolicyName)
                .contains("rds-storage-encrypted").doesNotContain("rds-no-public-access");
    }

    @Test
    @Order(12)
    void secretsAreNeverEchoed() throws Exception {
        Map<String, Object> db = new LinkedHashMap<>(stagingDatabase().properties().asMap());
        db.put("instanceClass", new Secret("db.x2iedn.24xlarge"));
        AnalyzeResponse response = rpc().analyze(Requests.analyze("staging", Tokens.RDS_INSTANCE, "db", db));

        AnalyzeDiagnostic cost = response.getDiagnosticsList().stream()
                .filter(d -> d.getPolicyName().equals("cost-instance-class")).findFirst().orElseThrow();
        assertThat(cost.getEnforcementLevel()).isEqualTo(EnforcementLevel.ADVISORY);
        assertThat(cost.getMessage()).contains("instanceClass [secret] is not allowed in environment staging")
                .doesNotContain("x2iedn");
        engine.awaitLog("stack acme/platform/staging", 1_000);
        assertThat(engine.logs()).extracting(LogRequest::getMessage)
                .noneMatch(m -> m.contains(SECRET_CONFIG_VALUE) || m.contains("x2iedn"));
    }

    @Test
    @Order(13)
    void levelSetThroughConfigureChangesDiagnostics() {
        Map<String, Object> advisory = stagingConfig();
        advisory.put("s3-public-access-block", "advisory");
        rpc().configure(Requests.configure(info, advisory));
        assertThat(pabDiagnostics(false)).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.ADVISORY);

        Map<String, Object> disabled = stagingConfig();
        disabled.put("s3-public-access-block", Map.of("enforcementLevel", "disabled"));
        rpc().configure(Requests.configure(info, disabled));
        assertThat(pabDiagnostics(false)).isEmpty();

        Map<String, Object> all = stagingConfig();
        all.put("all", "advisory");
        rpc().configure(Requests.configure(info, all));
        assertThat(pabDiagnostics(false)).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.ADVISORY);

        rpc().configure(Requests.configure(info, stagingConfig()));
        assertThat(pabDiagnostics(false)).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.MANDATORY);
    }

    @Test
    @Order(14)
    void productionOnlyRulesFollowTheStackNamedInConfigureStack() {
        PolicyResource staged = stagingDatabase();
        List<String> productionOnly = List.of("rds-deletion-protection", "rds-multi-az", "rds-final-snapshot");

        AnalyzeResponse staging = rpc().analyze(Requests.analyze(staged));
        assertThat(staging.getDiagnosticsList()).extracting(AnalyzeDiagnostic::getPolicyName).doesNotContainAnyElementsOf(productionOnly);
        assertThat(staging.getDiagnosticsList()).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .doesNotContain(EnforcementLevel.MANDATORY);

        rpc().configureStack(Requests.configureStack("production", Map.of(), false));
        AnalyzeResponse production = rpc().analyze(Requests.analyze(staged));
        assertThat(production.getDiagnosticsList())
                .filteredOn(d -> productionOnly.contains(d.getPolicyName()))
                .extracting(AnalyzeDiagnostic::getPolicyName, AnalyzeDiagnostic::getEnforcementLevel, AnalyzeDiagnostic::getUrn)
                .containsExactlyInAnyOrder(
                        tuple("rds-deletion-protection", EnforcementLevel.MANDATORY, staged.urn()),
                        tuple("rds-multi-az", EnforcementLevel.MANDATORY, staged.urn()),
                        tuple("rds-final-snapshot", EnforcementLevel.MANDATORY, staged.urn()));

        // The environment comes from <project>:environment when set, whatever the stack is called.
        rpc().configureStack(Requests.configureStack("eu-live", Map.of("platform:environment", "production"), false));
        assertThat(rpc().analyze(Requests.analyze(staged)).getDiagnosticsList()).extracting(AnalyzeDiagnostic::getPolicyName)
                .contains("rds-deletion-protection");

        rpc().configureStack(Requests.configureStack("staging", STAGING_CONFIG, true, "platform:dbPassword"));
        assertThat(rpc().analyze(Requests.analyze(staged)).getDiagnosticsList()).extracting(AnalyzeDiagnostic::getPolicyName)
                .doesNotContainAnyElementsOf(productionOnly);
    }

    @Test
    @Order(15)
    void remediateAddsMissingTagsAtLevelRemediate() {
        Struct archive = Struct.newBuilder()
                .putFields(StructCodec.SIGNATURE_KEY, Value.newBuilder().setStringValue(StructCodec.ARCHIVE_SIG).build())
                .putFields("path", Value.newBuilder().setStringValue("./build/app.zip").build())
                .build();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("role", "arn:aws:iam::123456789012:role/app");
        inputs.put("environment", Map.of("variables", Map.of("DB_PASSWORD", new Secret("hunter2-password"))));
        inputs.put("tags", Map.of("Project", "platform", "Environment", "staging"));
        String type = "aws:lambda/function:Function";
        AnalyzeRequest request = Requests.analyze("staging", type, "worker", inputs).toBuilder()
                .setProperties(Requests.struct(inputs).toBuilder()
                        .putFields("code", Value.newBuilder().setStructValue(archive).build()))
                .build();

        // At the default level (mandatory) Remediate changes nothing and Analyze reports the missing tags.
        assertThat(rpc().remediate(request).getRemediationsList()).isEmpty();
        assertThat(tagDiagnostics(rpc().analyze(request))).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.MANDATORY);

        Map<String, Object> remediate = stagingConfig();
        remediate.put("required-tags", Map.of("enforcementLevel", "remediate",
                "tagValues", Map.of("Owner", "platform-team", "CostCenter", "cc-1234", "ManagedBy", "pulumi")));
        rpc().configure(Requests.configure(info, remediate));

        RemediateResponse response = rpc().remediate(request);
        assertThat(response.getRemediationsList()).hasSize(1);
        Remediation r = response.getRemediations(0);
        assertThat(r.getPolicyName()).isEqualTo("required-tags");
        assertThat(r.getPolicyPackName()).isEqualTo("platform-security");
        assertThat(r.getPolicyPackVersion()).isEqualTo(PlatformPolicyPack.VERSION);
        assertThat(r.getDescription()).isEqualTo("Every taggable resource carries the required tags");
        Map<String, Value> fixed = r.getProperties().getFieldsMap();
        assertThat(StructCodec.toJava(fixed.get("tags"))).isEqualTo(Map.of("Project", "platform",
                "Environment", "staging", "Owner", "platform-team", "CostCenter", "cc-1234", "ManagedBy", "pulumi"));
        // untouched inputs come back exactly as sent: the archive and the secret keep their encodings
        assertThat(fixed.get("code")).isEqualTo(request.getProperties().getFieldsOrThrow("code"));
        assertThat(fixed.get("environment")).isEqualTo(request.getProperties().getFieldsOrThrow("environment"));
        assertThat(fixed.get("role")).isEqualTo(request.getProperties().getFieldsOrThrow("role"));

        // The engine analyzes the remediated inputs: nothing is left to report.
        AnalyzeRequest remediated = request.toBuilder().setProperties(r.getProperties()).build();
        assertThat(tagDiagnostics(rpc().analyze(remediated))).isEmpty();
        assertThat(rpc().remediate(remediated).getRemediationsList()).isEmpty();

        rpc().configure(Requests.configure(info, stagingConfig()));
    }

    @Test
    @Order(20)
    void analyzeStackRunsTheStackPoliciesOverAllResources() {
        List<PolicyResource> stack = new ArrayList<>(PlatformStackFixture.stack("staging"));
        AnalyzeResponse clean = rpc().analyzeStack(stackRequest(stack));
        assertThat(clean.getDiagnosticsList()).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .doesNotContain(EnforcementLevel.MANDATORY);

        PolicyResource orphan = PolicyResource.builder(Tokens.S3_BUCKET_V2, "orphan")
                .urn(Requests.urn("staging", Tokens.S3_BUCKET_V2, "orphan"))
                .property("bucket", "platform-staging-orphan").build();
        stack.add(orphan);
        AnalyzeResponse response = rpc().analyzeStack(stackRequest(stack));
        List<String> stackPolicies = PlatformPolicyPack.create().policies().stream()
                .filter(StackPolicy.class::isInstance).map(Policy::id).toList();
        assertThat(response.getDiagnosticsList()).extracting(AnalyzeDiagnostic::getPolicyName)
                .allMatch(stackPolicies::contains);
        assertThat(response.getDiagnosticsList()).filteredOn(d -> d.getEnforcementLevel() == EnforcementLevel.MANDATORY)
                .extracting(AnalyzeDiagnostic::getPolicyName, AnalyzeDiagnostic::getUrn)
                .contains(tuple("s3-bucket-has-public-access-block", orphan.urn()),
                        tuple("s3-bucket-has-encryption", orphan.urn()),
                        tuple("s3-bucket-has-tls-policy", orphan.urn()));
    }

    @Test
    @Order(30)
    void badInputGetsClearErrors() {
        assertThatThrownBy(() -> rpc().analyze(AnalyzeRequest.newBuilder().setType(PAB).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).isEqualTo("Analyze: AnalyzeRequest.urn is empty");
                });

        Map<String, Object> typo = stagingConfig();
        typo.put("rds-no-public-acess", "mandatory");
        assertThatThrownBy(() -> rpc().configure(Requests.configure(info, typo)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).isEqualTo("invalid policy pack config: \"rds-no-public-acess\" is not "
                            + "a policy of pack platform-security; allowed keys: \"all\" or a policy id (did you mean "
                            + "\"rds-no-public-access\"?)");
                });

        Map<String, Object> badSetting = stagingConfig();
        badSetting.put("rds-backup-retention", Map.of("minimumDays", "seven"));
        assertThatThrownBy(() -> rpc().configure(Requests.configure(info, badSetting)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getDescription())
                        .isEqualTo("invalid policy pack config: rds-backup-retention.minimumDays: \"seven\" is not an integer from 1 to 35"));

        PolicyResource db = stagingDatabase();
        AnalyzeStackRequest duplicate = AnalyzeStackRequest.newBuilder()
                .addResources(Requests.stackResource(db)).addResources(Requests.stackResource(db)).build();
        assertThatThrownBy(() -> rpc().analyzeStack(duplicate))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getDescription())
                        .isEqualTo("AnalyzeStack: AnalyzeStackRequest.resources[1].urn " + db.urn()
                                + " is also the URN of resources[0]"));

        // A refused Configure leaves the previous configuration in force.
        assertThat(pabDiagnostics(false)).extracting(AnalyzeDiagnostic::getEnforcementLevel)
                .containsExactly(EnforcementLevel.MANDATORY);
    }

    @Test
    @Order(100)
    void cancelStopsTheAnalyzer() throws Exception {
        assertThat(rpc().cancel(Empty.getDefaultInstance())).isEqualTo(Empty.getDefaultInstance());
        assertThat(analyzer.awaitExit()).isZero();
        assertThat(analyzer.stdoutAfterPort()).as("stdout carries only the port").isEmpty();
        assertThat(analyzer.stderr()).as("nothing on stderr in a normal run").isEmpty();
    }

    private static Map<String, Object> stagingConfig() {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(Path.of("config", "staging.json").toFile(), LinkedHashMap.class);
            return m;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<AnalyzeDiagnostic> pabDiagnostics(boolean compliant) {
        return rpc().analyze(pab("docs-pab", compliant, true, true, true)).getDiagnosticsList();
    }

    private static AnalyzeRequest pab(String name, boolean acls, boolean policy, boolean ignore, boolean restrict) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("bucket", "platform-staging-documents");
        inputs.put("blockPublicAcls", acls);
        inputs.put("blockPublicPolicy", policy);
        inputs.put("ignorePublicAcls", ignore);
        inputs.put("restrictPublicBuckets", restrict);
        return Requests.analyze("staging", PAB, name, inputs);
    }

    private static List<AnalyzeDiagnostic> tagDiagnostics(AnalyzeResponse response) {
        return response.getDiagnosticsList().stream().filter(d -> d.getPolicyName().equals("required-tags")).toList();
    }

    /** The SPEC-shaped stack's database: compliant in staging, not production-ready. */
    static PolicyResource stagingDatabase() {
        return PlatformStackFixture.stack("staging").stream()
                .filter(r -> r.type().equals(Tokens.RDS_INSTANCE)).findFirst().orElseThrow();
    }

    static AnalyzeStackRequest stackRequest(List<PolicyResource> resources) {
        return AnalyzeStackRequest.newBuilder()
                .addAllResources(resources.stream().map(Requests::stackResource).toList()).build();
    }

    private static PolicyInfo policy(String name) {
        return info.getPoliciesList().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
