package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class PolicyEngineTest {
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String VPC = "aws:ec2/vpc:Vpc";

    /** Flags buckets whose "public" input is true. */
    static final ResourcePolicy NO_PUBLIC = ResourcePolicy.builder("no-public-buckets").noPublicControl("a test policy")
            .description("buckets are private").severity(Severity.HIGH).fix("set public to false").types(BUCKET)
            .check((r, ctx) -> {
                if (r.properties().bool("public", false)) {
                    ctx.report("public is true; buckets must be private");
                }
            })
            .build();

    /** Flags a missing "owner" input and can remediate it. */
    static final ResourcePolicy OWNER = ResourcePolicy.builder("owner-set").noPublicControl("a test policy")
            .description("owner is set").severity(Severity.LOW).fix("set owner").types(BUCKET, VPC)
            .level(EnforcementLevel.ADVISORY)
            .check((r, ctx) -> {
                if (r.properties().nonBlank("owner").isEmpty()) {
                    ctx.report("owner is not set; every resource needs an owner", "set owner to the team's name");
                }
            })
            .remediation((r, ctx) -> r.properties().with("owner", "platform-team"))
            .build();

    /** Counts VPCs across the stack. */
    static final StackPolicy ONE_VPC = StackPolicy.builder("one-vpc").noPublicControl("a test policy")
            .description("one VPC per stack").severity(Severity.LOW).fix("remove extra VPCs")
            .check((stack, ctx) -> stack.ofType(VPC).stream().skip(1)
                    .forEach(v -> ctx.report(v, "extra VPC; a stack has one VPC")))
            .build();

    static final PolicyPack PACK = new PolicyPack("test", "1.0.0", List.of(NO_PUBLIC, OWNER, ONE_VPC));
    static final StackContext STAGING = StackContext.of("staging", "platform");

    static PolicyResource bucket(String name, Map<String, Object> props) {
        return PolicyResource.builder(BUCKET, name).properties(props).build();
    }

    PolicyReport run(String config, PolicyResource... resources) {
        return new PolicyEngine(PACK).run(List.of(resources), STAGING, PackConfig.parse(config));
    }

    @Test
    void defaultLevelsAndCounts() {
        PolicyReport report = run("{}", bucket("docs", Map.of("public", true)),
                PolicyResource.builder(VPC, "main").build(), PolicyResource.builder(VPC, "extra").property("owner", "x").build());
        assertThat(report.violations()).extracting(Violation::policyId, Violation::level, Violation::resourceName, Violation::message)
                .containsExactly(
                        tuple("no-public-buckets", EnforcementLevel.MANDATORY, "docs", "public is true; buckets must be private"),
                        tuple("owner-set", EnforcementLevel.ADVISORY, "docs", "owner is not set; every resource needs an owner"),
                        tuple("owner-set", EnforcementLevel.ADVISORY, "main", "owner is not set; every resource needs an owner"),
                        tuple("one-vpc", EnforcementLevel.MANDATORY, "extra", "extra VPC; a stack has one VPC"));
        assertThat(report.countsByLevel()).containsEntry(EnforcementLevel.MANDATORY, 2).containsEntry(EnforcementLevel.ADVISORY, 2)
                .containsEntry(EnforcementLevel.REMEDIATE, 0);
        assertThat(report.hasMandatoryViolations()).isTrue();
        assertThat(report.violations().get(0).fixHint()).isEqualTo("set public to false");
        assertThat(report.violations().get(1).fixHint()).isEqualTo("set owner to the team's name");
        assertThat(report.violations().get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void configOverridesLevelsPerPolicyAndForAll() {
        PolicyResource docs = bucket("docs", Map.of("public", true, "owner", "x"));
        assertThat(run("{\"no-public-buckets\": \"advisory\"}", docs).violations())
                .extracting(Violation::level).containsExactly(EnforcementLevel.ADVISORY);
        assertThat(run("{\"all\": \"disabled\"}", docs).violations()).isEmpty();
        assertThat(run("{\"all\": \"disabled\", \"no-public-buckets\": \"mandatory\"}", docs).violations())
                .extracting(Violation::policyId, Violation::level).containsExactly(tuple("no-public-buckets", EnforcementLevel.MANDATORY));
    }

    @Test
    void exemptedFindingsStayInTheReportButDoNotCount() {
        PolicyReport report = run("""
                {"no-public-buckets": {"exemptions": [
                    {"namePattern": "*-site*", "reason": "static website bucket, reviewed in SEC-7"},
                    {"urn": "urn:pulumi:test::test::aws:s3/bucketV2:BucketV2::nothing", "reason": "left over from the old stack"}]}}""",
                bucket("platform-staging-site", Map.of("public", true, "owner", "x")),
                bucket("docs", Map.of("public", true, "owner", "x")));
        assertThat(report.violations()).extracting(Violation::resourceName, Violation::exempted, Violation::exemptionReason)
                .containsExactly(tuple("platform-staging-site", true, "static website bucket, reviewed in SEC-7"),
                        tuple("docs", false, null));
        assertThat(report.count(EnforcementLevel.MANDATORY)).isEqualTo(1);
        assertThat(report.exempted()).hasSize(1);
        assertThat(report.unmatchedExemptions()).extracting(UnmatchedExemption::message).containsExactly(
                "exemption of no-public-buckets for urn \"urn:pulumi:test::test::aws:s3/bucketV2:BucketV2::nothing\" "
                        + "matched no violation; remove it or fix its urn/namePattern");
    }

    @Test
    void exemptionsOfPoliciesThatDoNotRunAreNotUnmatched() {
        ResourcePolicy prodOnly = ResourcePolicy.builder("prod-only").noPublicControl("a test policy").description("d").severity(Severity.LOW).fix("f")
                .types(BUCKET).productionOnly()
                .check((r, ctx) -> ctx.report("always"))
                .build();
        PolicyEngine engine = new PolicyEngine(new PolicyPack("p", "1", List.of(prodOnly, NO_PUBLIC)));
        String config = """
                {"prod-only": {"exemptions": [{"namePattern": "nothing*", "reason": "only matters in production"}]},
                 "no-public-buckets": {"enforcementLevel": "disabled",
                   "exemptions": [{"namePattern": "nothing*", "reason": "policy is switched off here"}]}}""";
        List<PolicyResource> docs = List.of(bucket("docs", Map.of("public", true)));
        PolicyReport staging = engine.run(docs, STAGING, PackConfig.parse(config));
        assertThat(staging.violations()).isEmpty();
        assertThat(staging.unmatchedExemptions()).isEmpty();
        PolicyReport production = engine.run(docs, StackContext.of("production", "platform"), PackConfig.parse(config));
        assertThat(production.violations()).extracting(Violation::message).containsExactly("always");
        assertThat(production.unmatchedExemptions()).extracting(u -> u.policyId()).containsExactly("prod-only");
    }

    @Test
    void namePatternsAlsoMatchThePhysicalBucketName() {
        PolicyReport report = run("""
                {"no-public-buckets": {"exemptions": [{"namePattern": "*-access-logs*", "reason": "ALB log delivery needs it"}]}}""",
                bucket("logs", Map.of("bucket", "platform-staging-access-logs", "public", true, "owner", "x")));
        assertThat(report.violations()).extracting(Violation::exempted).containsExactly(true);
        assertThat(report.unmatchedExemptions()).isEmpty();
    }

    @Test
    void exemptionsOfStackPoliciesMatchTheReportedResource() {
        PolicyReport report = run("""
                {"one-vpc": {"exemptions": [{"urn": "urn:pulumi:test::test::aws:ec2/vpc:Vpc::peer", "reason": "peering VPC owned by networking"}]}}""",
                PolicyResource.builder(VPC, "main").property("owner", "x").build(),
                PolicyResource.builder(VPC, "peer").property("owner", "x").build());
        assertThat(report.violations()).extracting(Violation::exempted).containsExactly(true);
        assertThat(report.hasMandatoryViolations()).isFalse();
    }

    @Test
    void remediateLevelRewritesInputsAndReportsAtLevelRemediate() {
        PolicyReport report = run("{\"owner-set\": \"remediate\"}", bucket("docs", Map.of()));
        assertThat(report.violations()).extracting(Violation::policyId, Violation::level)
                .containsExactly(tuple("owner-set", EnforcementLevel.REMEDIATE));
        assertThat(report.remediations()).singleElement().satisfies(r -> {
            assertThat(r.properties()).isEqualTo(Map.of("owner", "platform-team"));
            assertThat(r.fixed()).containsExactly("owner is not set; every resource needs an owner");
        });
    }

    @Test
    void remediateWithoutARemediationBlocksLikeMandatory() {
        PolicyReport report = run("{\"no-public-buckets\": \"remediate\"}", bucket("docs", Map.of("public", true, "owner", "x")));
        assertThat(report.violations()).extracting(Violation::level).containsExactly(EnforcementLevel.MANDATORY);
    }

    @Test
    void exemptResourcesAreNotRemediated() {
        PolicyReport report = run("""
                {"owner-set": {"enforcementLevel": "remediate",
                  "exemptions": [{"namePattern": "docs", "reason": "owner decided by the data team"}]}}""",
                bucket("docs", Map.of()));
        assertThat(report.remediations()).isEmpty();
        assertThat(report.violations()).extracting(Violation::exempted).containsExactly(true);
    }

    @Test
    void unknownValuesSkipTheCheckAndAreCounted() {
        PolicyReport report = run("{}", bucket("docs", Map.of("public", Unknown.VALUE, "owner", "x")));
        assertThat(report.violations()).isEmpty();
        assertThat(report.skippedChecks()).isEqualTo(1);
    }

    @Test
    void secretValuesNeverReachMessages() {
        ResourcePolicy echo = ResourcePolicy.builder("careless").noPublicControl("a test policy").description("d").severity(Severity.LOW).fix("f").types(BUCKET)
                .check((r, ctx) -> ctx.report("token is " + r.properties().string("token").orElse("")
                        + "; careless rules must not leak it"))
                .build();
        PolicyReport report = new PolicyEngine(new PolicyPack("p", "1", List.of(echo)))
                .run(List.of(bucket("docs", Map.of("token", new Secret("s3cr3t-value")))), STAGING, PackConfig.empty());
        assertThat(report.violations()).extracting(Violation::message)
                .containsExactly("token is [secret]; careless rules must not leak it");
    }

    @Test
    void aFailingCheckNamesThePolicyAndResource() {
        ResourcePolicy broken = ResourcePolicy.builder("broken").noPublicControl("a test policy").description("d").severity(Severity.LOW).fix("f").types(BUCKET)
                .check((r, ctx) -> {
                    throw new IllegalStateException("boom");
                })
                .build();
        PolicyEngine engine = new PolicyEngine(new PolicyPack("p", "1", List.of(broken)));
        assertThatThrownBy(() -> engine.run(List.of(bucket("docs", Map.of())), STAGING, PackConfig.empty()))
                .isInstanceOf(PolicyExecutionException.class)
                .hasMessage("policy broken failed on urn:pulumi:test::test::aws:s3/bucketV2:BucketV2::docs: "
                        + "java.lang.IllegalStateException: boom");
    }

    @Test
    void reportSerialisesForThePlanJson() {
        PolicyReport report = run("{}", bucket("docs", Map.of("public", true, "owner", "x")));
        Map<String, Object> map = report.toMap();
        assertThat(map).containsEntry("pack", "test").containsEntry("stack", "staging").containsEntry("resourceCount", 1);
        assertThat(map.get("violations")).isEqualTo(List.of(report.violations().get(0).toMap()));
        assertThat(report.violations().get(0).toMap()).containsEntry("policy", "no-public-buckets")
                .containsEntry("enforcementLevel", "mandatory").containsEntry("message", "public is true; buckets must be private");
        assertThat(report.format()).contains("MANDATORY (1)", "[high] no-public-buckets", "fix: set public to false");
    }

    @Test
    void duplicatePolicyIdsAreRejected() {
        assertThatThrownBy(() -> new PolicyPack("p", "1", List.of(NO_PUBLIC, NO_PUBLIC)))
                .hasMessage("policy id no-public-buckets is used twice in pack p");
    }
}
