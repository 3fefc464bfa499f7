package io.platform.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.platform.plan.PlanResult;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.StackContext;
import io.platform.policy.sdk.Unknown;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 item 8: the pack guards any program, not only this one. Each security property the program
 * sets is changed, one at a time, on the planned production stack (and an Aurora variant), and the rule
 * that holds it must report the regression on the resource — mandatory, so a preview fails — without
 * this program's own unit tests.
 */
class SecurityPropertyMutationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final PolicyEngine ENGINE = new PolicyEngine(PlatformPolicyPack.create());
    static final PackConfig CONFIG = PackConfig.load(Path.of("policy", "config", "production.json"));
    static List<PolicyResource> production;
    static List<PolicyResource> aurora;

    /** One change a reviewer might make, and the rule that must catch it on the named resource. */
    record Mutation(String property, String resource, String policyId, UnaryOperator<List<PolicyResource>> change) {
    }

    @BeforeAll
    static void plans() {
        production = resources(plan("production"));
        aurora = resources(plan(withOverrides(stackFile("production"), Map.of("platform:data",
                "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"auroraInstances\":2,\"backupRetentionDays\":30},"
                        + "\"redis\":{\"nodeType\":\"cache.t3.medium\",\"replicas\":1}}"))));
    }

    static List<PolicyResource> resources(PlanResult plan) {
        return plan.declared().stream().map(r -> PolicyResource.fromStruct(r.urn(), r.type(), r.name(), r.parent(),
                r.dependencies(), r.propertyDependencies(), r.inputs())).toList();
    }

    static PolicyReport run(List<PolicyResource> resources) {
        return ENGINE.run(resources, new StackContext("production", "platform", "organization", Map.of(), false), CONFIG);
    }

    // ---- changes ----------------------------------------------------------------------------------

    static final String P = "platform-production-";

    static UnaryOperator<List<PolicyResource>> edit(String name, Consumer<Map<String, Object>> change) {
        return resources -> {
            assertThat(resources).extracting(PolicyResource::name).as("the plan declares " + P + name).contains(P + name);
            return resources.stream().map(r -> {
                if (!r.name().equals(P + name) || !r.type().startsWith("aws:")) {
                    return r; // components share names with resources (platform-production-data)
                }
                Map<String, Object> copy = deepCopy(r.properties().asMap());
                change.accept(copy);
                return r.withProperties(copy);
            }).toList();
        };
    }

    static UnaryOperator<List<PolicyResource>> set(String name, String key, Object value) {
        return edit(name, p -> p.put(key, value));
    }

    /** Edits the JSON document held in {@code key} (an IAM, key or bucket policy, container definitions). */
    static UnaryOperator<List<PolicyResource>> json(String name, String key, Consumer<JsonNode> change) {
        return edit(name, p -> {
            try {
                JsonNode doc = JSON.readTree((String) p.get(key));
                change.accept(doc);
                p.put(key, JSON.writeValueAsString(doc));
            } catch (Exception e) {
                throw new IllegalStateException(name + "." + key + " is not a JSON document: " + p.get(key), e);
            }
        });
    }

    static ObjectNode statement(JsonNode doc, String sid) {
        for (JsonNode s : doc.get("Statement")) {
            if (sid.equals(s.path("Sid").asText())) {
                return (ObjectNode) s;
            }
        }
        throw new IllegalStateException("no statement " + sid + " in " + doc);
    }

    /** A route added to a route table of the plan, whose target is another resource of the plan. */
    static UnaryOperator<List<PolicyResource>> route(String table, String targetKey, String target) {
        return resources -> {
            PolicyResource rt = find(resources, table);
            PolicyResource gateway = find(resources, target);
            List<PolicyResource> out = new ArrayList<>(resources);
            out.add(PolicyResource.builder("aws:ec2/route:Route", P + "rogue-route")
                    .property("destinationCidrBlock", "0.0.0.0/0")
                    .property("routeTableId", Unknown.VALUE).propertyDependsOn("routeTableId", rt)
                    .property(targetKey, Unknown.VALUE).propertyDependsOn(targetKey, gateway)
                    .build());
            return out;
        };
    }

    static PolicyResource find(List<PolicyResource> resources, String name) {
        return resources.stream().filter(r -> r.name().equals(P + name) && r.type().startsWith("aws:")).findFirst()
                .orElseThrow(() -> new AssertionError("the plan declares no " + P + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> mm ? deepCopy((Map<String, ?>) mm)
                : v instanceof List<?> l ? new ArrayList<>(l.stream().map(e -> e instanceof Map<?, ?> em
                ? deepCopy((Map<String, ?>) em) : e).toList()) : v));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> p, String key, int index) {
        return (Map<String, Object>) ((List<Object>) p.get(key)).get(index);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> p, String key) {
        return (List<Object>) p.get(key);
    }

    static List<Mutation> mutations() {
        return List.of(
                // KMS key policies
                new Mutation("key policy: administration open to everyone", "logs", "kms-key-policy-not-public",
                        json("logs", "policy", doc -> statement(doc, "AccountAdministration").put("Principal", "*"))),
                new Mutation("key policy: CloudWatch Logs grant loses its condition", "logs", "kms-key-policy-service-grants-scoped",
                        json("logs", "policy", doc -> statement(doc, "CloudWatchLogsEncryption").remove("Condition"))),
                new Mutation("key policy: intended-services grant loses kms:CallerAccount and kms:ViaService", "data",
                        "kms-key-policy-not-public",
                        json("data", "policy", doc -> statement(doc, "UseThroughIntendedServices").remove("Condition"))),
                new Mutation("key rotation off", "data", "kms-key-rotation", set("data", "enableKeyRotation", false)),
                // network
                new Mutation("private subnet assigns public IPs", "private-1", "subnet-no-auto-public-ip",
                        set("private-1", "mapPublicIpOnLaunch", true)),
                new Mutation("data tier gets a route to a NAT gateway", "rogue-route", "data-subnets-no-internet-route",
                        route("data-rt", "natGatewayId", "nat-1")),
                new Mutation("data tier gets a route to the internet gateway", "db", "rds-no-internet-gateway-route",
                        route("data-rt", "gatewayId", "igw")),
                new Mutation("data NACL admits the internet", "data-nacl-in-100", "nacl-data-subnets-no-internet-ingress",
                        set("data-nacl-in-100", "cidrBlock", "0.0.0.0/0")),
                new Mutation("public NACL ephemeral range covers RDP again", "public-nacl-in-121", "nacl-no-admin-ports-from-internet",
                        set("public-nacl-in-121", "fromPort", 3389)),
                new Mutation("default security group gets a rule", "default-sg", "sg-default-closed",
                        set("default-sg", "ingress", List.of(Map.of("protocol", "-1", "fromPort", 0, "toPort", 0, "self", true)))),
                new Mutation("app security group opened to the internet", "app-in-alb-8000", "sg-no-internet-ingress",
                        edit("app-in-alb-8000", p -> {
                            p.remove("referencedSecurityGroupId");
                            p.put("cidrIpv4", "0.0.0.0/0");
                        })),
                new Mutation("database reachable from a CIDR", "db-in-app", "sg-database-sources-are-groups",
                        edit("db-in-app", p -> {
                            p.remove("referencedSecurityGroupId");
                            p.put("cidrIpv4", "10.2.0.0/16");
                        })),
                new Mutation("flow log captures only rejects", "vpc-flow-log", "vpc-flow-log-all-traffic",
                        set("vpc-flow-log", "trafficType", "REJECT")),
                // logs
                new Mutation("log retention shortened", "api-logs", "cloudwatch-log-retention", set("api-logs", "retentionInDays", 7)),
                new Mutation("log retention removed (never expires)", "waf-logs", "cloudwatch-log-retention",
                        edit("waf-logs", p -> p.remove("retentionInDays"))),
                new Mutation("log group without the logs key", "vpc-flow-logs", "cloudwatch-log-kms",
                        edit("vpc-flow-logs", p -> p.remove("kmsKeyId"))),
                // IAM
                new Mutation("OIDC trust: any branch of the repository", "github-deploy-role", "iam-oidc-trust-limited-by-sub",
                        json("github-deploy-role", "assumeRolePolicy", doc -> ((ObjectNode) doc.get("Statement").get(0)
                                .get("Condition").get("StringEquals")).put("token.actions.githubusercontent.com:sub", "repo:acme/platform:*"))),
                new Mutation("OIDC trust: another audience", "github-deploy-role", "iam-oidc-trust-audience",
                        json("github-deploy-role", "assumeRolePolicy", doc -> ((ObjectNode) doc.get("Statement").get(0)
                                .get("Condition").get("StringEquals")).put("token.actions.githubusercontent.com:aud", "my-app"))),
                new Mutation("OIDC provider: another client id", "github-oidc", "iam-oidc-provider-audience",
                        set("github-oidc", "clientIdLists", List.of("sts.amazonaws.com", "my-app"))),
                new Mutation("service trust without aws:SourceAccount", "ecs-task-role", "iam-service-trust-confused-deputy",
                        json("ecs-task-role", "assumeRolePolicy", doc -> ((ObjectNode) doc.get("Statement").get(0)).remove("Condition"))),
                new Mutation("iam:PassRole on every role", "github-deploy-permissions", "iam-no-sensitive-actions-on-all-resources",
                        json("github-deploy-permissions", "policy", doc -> {
                            for (JsonNode s : doc.get("Statement")) {
                                if (s.path("Action").toString().contains("iam:PassRole")) {
                                    ((ObjectNode) s).put("Resource", "*");
                                }
                            }
                        })),
                new Mutation("execution role reads every secret", "ecs-execution-secrets", "iam-no-sensitive-actions-on-all-resources",
                        json("ecs-execution-secrets", "policy", doc -> {
                            for (JsonNode s : doc.get("Statement")) {
                                ((ObjectNode) s).put("Resource", "*");
                            }
                        })),
                new Mutation("task role gets * on *", "ecs-task-app-access", "iam-no-star-on-star",
                        json("ecs-task-app-access", "policy", doc -> ((ArrayNode) doc.get("Statement")).addObject()
                                .put("Effect", "Allow").put("Action", "*").put("Resource", "*"))),
                // WAF
                new Mutation("managed rule group only counts", "waf", "waf-rules-enforce", edit("waf", p -> {
                    for (Object rule : list(p, "rules")) {
                        @SuppressWarnings("unchecked") Map<String, Object> r = (Map<String, Object>) rule;
                        if (r.containsKey("overrideAction")) {
                            r.put("overrideAction", Map.of("count", Map.of()));
                        }
                    }
                })),
                new Mutation("managed rule group removed", "cdn-waf", "waf-managed-rule-groups", edit("cdn-waf", p ->
                        list(p, "rules").removeIf(rule -> String.valueOf(rule).contains("AWSManagedRulesCommonRuleSet")))),
                new Mutation("WAF logs record the authorization header", "waf-logging", "waf-log-redaction",
                        edit("waf-logging", p -> p.remove("redactedFields"))),
                new Mutation("CloudFront web ACL stops logging", "cdn-waf", "waf-logging", resources -> resources.stream()
                        .filter(r -> !r.name().equals(P + "cdn-waf-logging")).toList()),
                // account services
                new Mutation("GuardDuty detector switched off", "guardduty", "account-guardduty", set("guardduty", "enable", false)),
                new Mutation("GuardDuty runtime monitoring off", "guardduty", "account-guardduty",
                        set("guardduty-runtime-monitoring", "status", "DISABLED")),
                new Mutation("CloudTrail stops logging", "trail", "cloudtrail-records-management-events", set("trail", "enableLogging", false)),
                new Mutation("Config recorder switched off", "config-recorder-status", "account-config-recorder",
                        set("config-recorder-status", "isEnabled", false)),
                new Mutation("Config records through a custom role", "config-recorder", "account-config-recorder",
                        set("config-recorder", "roleArn", "arn:aws:iam::123456789012:role/config")),
                new Mutation("EBS snapshots may be shared publicly again", "ebs-snapshot-block-public-access",
                        "account-ebs-snapshot-block-public-access", set("ebs-snapshot-block-public-access", "state", "block-new-sharing")),
                new Mutation("account-level S3 Block Public Access relaxed", "s3-account-public-access-block", "s3-public-access-block",
                        set("s3-account-public-access-block", "blockPublicPolicy", false)),
                // data
                new Mutation("automated backups deleted with the database", "db", "rds-automated-backups-retained",
                        set("db", "deleteAutomatedBackups", true)),
                new Mutation("database storage unencrypted", "db", "rds-storage-encrypted", set("db", "storageEncrypted", false)),
                new Mutation("database public", "db", "rds-no-public-access", set("db", "publiclyAccessible", true)),
                new Mutation("Redis auth token stored in clear", "redis", "elasticache-auth-token-secret",
                        set("redis", "authToken", "plain-text-token-0123456789")),
                new Mutation("Redis without TLS", "redis", "elasticache-encryption-in-transit", set("redis", "transitEncryptionEnabled", false)),
                new Mutation("bucket policy no longer denies plain HTTP", "documents-policy", "s3-tls-only-policy",
                        json("documents-policy", "policy", doc -> {
                            ArrayNode statements = (ArrayNode) doc.get("Statement");
                            for (int i = statements.size() - 1; i >= 0; i--) {
                                if (statements.get(i).path("Condition").path("Bool").has("aws:SecureTransport")) {
                                    statements.remove(i);
                                }
                            }
                        })),
                new Mutation("bucket public access block relaxed", "documents-public-access-block", "s3-public-access-block",
                        set("documents-public-access-block", "restrictPublicBuckets", false)),
                // edge and compute
                new Mutation("ALB TLS policy downgraded", "alb-https", "lb-tls-policy",
                        set("alb-https", "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06")),
                new Mutation("HTTP listener forwards", "alb-http", "lb-http-redirects-only", edit("alb-http", p ->
                        at(p, "defaultActions", 0).put("type", "forward"))),
                new Mutation("CloudFront minimum TLS lowered", "web-cdn", "cloudfront-minimum-tls", edit("web-cdn", p -> {
                    @SuppressWarnings("unchecked") Map<String, Object> cert = (Map<String, Object>) p.get("viewerCertificate");
                    cert.put("minimumProtocolVersion", "TLSv1.2_2019");
                })),
                new Mutation("container runs privileged", "api-task", "ecs-not-privileged",
                        json("api-task", "containerDefinitions", doc -> ((ObjectNode) doc.get(0)).put("privileged", true))),
                new Mutation("container runs as root", "api-task", "ecs-non-root-user",
                        json("api-task", "containerDefinitions", doc -> ((ObjectNode) doc.get(0)).remove("user"))),
                new Mutation("ECS Exec left on in production", "api", "ecs-exec-disabled-in-production",
                        set("api", "enableExecuteCommand", true)));
    }

    @Test
    void theUnchangedStacksPass() {
        assertThat(run(production).count(EnforcementLevel.MANDATORY)).as(run(production).format()).isZero();
        assertThat(run(aurora).count(EnforcementLevel.MANDATORY)).as(run(aurora).format()).isZero();
        assertThat(aurora).extracting(PolicyResource::type).contains("aws:rds/cluster:Cluster");
    }

    @TestFactory
    Stream<DynamicTest> eachChangeIsReportedByItsRule() {
        List<Mutation> all = new ArrayList<>(mutations());
        all.add(new Mutation("Aurora storage unencrypted", "db", "rds-storage-encrypted", null));
        return all.stream().map(m -> DynamicTest.dynamicTest(m.property() + " -> " + m.policyId(), () -> {
            List<PolicyResource> mutated = m.change() == null
                    ? set("db", "storageEncrypted", false).apply(aurora) : m.change().apply(production);
            if (m.change() == null) {
                assertThat(find(mutated, "db").type()).isEqualTo("aws:rds/cluster:Cluster");
            }
            PolicyReport report = run(mutated);
            assertThat(report.enforced()).as(report.format())
                    .filteredOn(v -> v.policyId().equals(m.policyId()))
                    .extracting(Violation::resourceName, Violation::level)
                    .contains(org.assertj.core.groups.Tuple.tuple(P + m.resource(), EnforcementLevel.MANDATORY));
        }));
    }
}
