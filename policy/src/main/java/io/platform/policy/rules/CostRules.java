package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Glob;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;
import static io.platform.policy.rules.AwsTypes.NAT_GATEWAY;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Advisory cost rules: instance sizes per environment, and NAT gateways per AZ outside production. */
public final class CostRules {
    /** The input holding the size of each sized resource type. */
    private static final Map<String, String> SIZE_INPUT = sizeInputs();

    /** Defaults follow SPEC §2: small burstable classes outside production, anything general-purpose in it. */
    private static final Map<String, List<String>> DEFAULT_ALLOWED = Map.of(
            "dev", List.of("db.t3.micro", "db.t4g.micro", "db.serverless", "cache.t3.micro", "cache.t4g.micro",
                    "t3.micro", "t3.small", "t4g.micro", "t4g.small"),
            "staging", List.of("db.t3.micro", "db.t3.small", "db.t4g.micro", "db.t4g.small", "db.serverless",
                    "cache.t3.micro", "cache.t3.small", "cache.t4g.micro", "cache.t4g.small", "t3.*", "t4g.*"),
            "production", List.of("db.t3.*", "db.t4g.*", "db.m*", "db.r*", "db.serverless", "cache.t3.*", "cache.t4g.*",
                    "cache.m*", "cache.r*", "t3.*", "t4g.*", "m*", "c*", "r*"));

    private CostRules() {
    }

    private static Map<String, String> sizeInputs() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        RDS_INSTANCE.forEach(t -> m.put(t, "instanceClass"));
        RDS_CLUSTER_INSTANCE.forEach(t -> m.put(t, "instanceClass"));
        ELASTICACHE_REPLICATION_GROUP.forEach(t -> m.put(t, "nodeType"));
        ELASTICACHE_CLUSTER.forEach(t -> m.put(t, "nodeType"));
        EC2_INSTANCE.forEach(t -> m.put(t, "instanceType"));
        LAUNCH_TEMPLATE.forEach(t -> m.put(t, "instanceType"));
        return java.util.Collections.unmodifiableMap(m);
    }

    public static List<Policy> all() {
        return List.of(instanceClassAllowed(), natGatewayPerAz());
    }

    public static ResourcePolicy instanceClassAllowed() {
        return ResourcePolicy.builder("cost-instance-class")
                .description("Database, cache and EC2 sizes are among those allowed for the environment")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("a cost rule, not a security control")
                .types(SIZE_INPUT.keySet())
                .setting(Setting.stringListMap("allowedInstanceClasses",
                        "Per environment name, globs of allowed classes; environments not listed are not checked",
                        DEFAULT_ALLOWED))
                .fix("Pick an allowed class for this environment or extend allowedInstanceClasses in the pack config")
                .check((r, ctx) -> {
                    List<String> allowed = ctx.settings().stringListMap("allowedInstanceClasses").get(ctx.environment());
                    String input = SIZE_INPUT.get(r.type());
                    if (allowed == null) {
                        return;
                    }
                    r.properties().string(input)
                            .filter(size -> allowed.stream().noneMatch(g -> Glob.matches(g, size)))
                            .ifPresent(size -> ctx.report(input + " " + size + " is not allowed in environment "
                                    + ctx.environment() + " (allowed: " + String.join(", ", allowed) + ")"
                                    + "; oversized instances cost money without need"));
                })
                .build();
    }

    public static StackPolicy natGatewayPerAz() {
        return StackPolicy.builder("cost-nat-gateway-per-az")
                .description("Outside production, one shared NAT gateway instead of one per AZ")
                .inspects(NAT_GATEWAY)
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("a cost rule, not a security control")
                .environmentAware()
                .setting(Setting.integer("maximumOutsideProduction", "NAT gateways allowed outside production", 1, 0))
                .fix("Set the stack's NAT strategy to single (or none with VPC endpoints) outside production")
                .check((stack, ctx) -> {
                    if (ctx.isProduction()) {
                        return;
                    }
                    int maximum = ctx.settings().integer("maximumOutsideProduction");
                    List<PolicyResource> nats = stack.of(NAT_GATEWAY).stream()
                            .filter(n -> !"private".equals(Secret.unwrap(n.properties().raw("connectivityType"))))
                            .toList();
                    for (int i = maximum; i < nats.size(); i++) {
                        ctx.report(nats.get(i), "NAT gateway " + (i + 1) + " of " + nats.size()
                                + " in non-production environment " + ctx.environment()
                                + "; one shared NAT gateway is enough outside production");
                    }
                })
                .build();
    }
}
