package io.platform.security;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.inputs.GetManagedPrefixListArgs;
import com.pulumi.aws.ec2.outputs.GetManagedPrefixListResult;
import com.pulumi.core.Output;
import io.platform.config.AlbIngress;
import io.platform.config.ComputeConfig;

import java.util.List;
import java.util.Optional;

/**
 * The traffic matrix of seed 001 §5.3.1 as separate rule resources. Every rule names a
 * security group on its other side, except the ALB's internet ingress (and the app's
 * optional HTTPS egress through NAT). Groups start with no rules at all, so the data
 * groups have no egress. With {@code albIngress: cloudFront} the ALB takes HTTPS only from
 * CloudFront's origin-facing servers (AWS's managed prefix list) and nothing on port 80.
 */
final class SecurityGroups {
    static final int POSTGRES = 5432;
    static final int REDIS = 6379;
    static final int HTTPS = SgRules.HTTPS;
    static final int HTTP = 80;
    /** SES's SMTP endpoint with STARTTLS: the only way to send mail from a VPC without NAT. */
    static final int SMTP_SUBMISSION = 587;
    /** AWS's managed prefix list of CloudFront's servers that connect to origins. */
    static final String CLOUDFRONT_ORIGIN_FACING = "com.amazonaws.global.cloudfront.origin-facing";

    final SecurityGroup alb;
    final SecurityGroup app;
    final SecurityGroup database;
    /** Empty when the stack has no Redis: then no Redis group or rule exists. */
    final Optional<SecurityGroup> redis;

    SecurityGroups(SecurityArgs args, SgRules rules) {
        alb = rules.group("alb-sg", "Application load balancer: HTTPS (and HTTP for the redirect) from the internet");
        app = rules.group("app-sg", "ECS tasks: only from the load balancer");
        database = rules.group("db-sg", "PostgreSQL: only from the app tier; no egress");
        redis = args.redis() ? Optional.of(rules.group("redis-sg", "Redis: only from the app tier; no egress"))
                : Optional.empty();

        if (args.config().albIngress() == AlbIngress.CLOUDFRONT) {
            rules.ingressFromPrefixList("alb-in-https", alb.id(), cloudFrontPrefixList(), HTTPS,
                    "port " + HTTPS + " from CloudFront's origin-facing servers only");
        } else {
            rules.ingressFromCidr("alb-in-https", alb.id(), SgRules.INTERNET, HTTPS, "port " + HTTPS + " from the internet");
            // Port 80 exists only for the listener that redirects to HTTPS.
            rules.ingressFromCidr("alb-in-http", alb.id(), SgRules.INTERNET, HTTP, "port " + HTTP + " from the internet");
        }
        testListenerIngress(args.workloads().compute(), rules);
        for (int port : args.appPorts()) {
            rules.egressToGroup("alb-out-app-" + port, alb.id(), app.id(), port, "to the app tier");
            rules.ingressFromGroup("app-in-alb-" + port, app.id(), alb.id(), port, "from the load balancer");
        }
        rules.egressToGroup("app-out-db", app.id(), database.id(), POSTGRES, "to PostgreSQL");
        redis.ifPresent(r -> rules.egressToGroup("app-out-redis", app.id(), r.id(), REDIS, "to Redis"));
        rules.awsAccess("app", app.id(), args, "the app tier", "ECR layers, documents");
        rules.ingressFromGroup("db-in-app", database.id(), app.id(), POSTGRES, "from the app tier");
        redis.ifPresent(r -> rules.ingressFromGroup("redis-in-app", r.id(), app.id(), REDIS, "from the app tier"));
    }

    /** CodeDeploy's test listener answers only the CIDRs the config names (none: nobody outside AWS). */
    private void testListenerIngress(ComputeConfig compute, SgRules rules) {
        if (compute.codeDeployServices().isEmpty()) {
            return;
        }
        List<String> cidrs = compute.testListener().allowedCidrs();
        int port = compute.testListener().port();
        for (int i = 0; i < cidrs.size(); i++) {
            rules.ingressFromCidr("alb-in-test-" + (i + 1), alb.id(), cidrs.get(i), port,
                    "CodeDeploy test listener from " + cidrs.get(i));
        }
    }

    private static Output<String> cloudFrontPrefixList() {
        return Ec2Functions.getManagedPrefixList(GetManagedPrefixListArgs.builder().name(CLOUDFRONT_ORIGIN_FACING).build())
                .applyValue(GetManagedPrefixListResult::id);
    }
}
