package io.platform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

/**
 * The traffic matrix of seed 001 §5.3.1 as separate rule resources. Every rule names a
 * security group on its other side, except the ALB's internet ingress (and the app's
 * optional HTTPS egress through NAT). Groups start with no rules at all, so the data
 * groups have no egress.
 */
final class SecurityGroups {
    static final int POSTGRES = 5432;
    static final int REDIS = 6379;
    static final int HTTPS = 443;
    static final int HTTP = 80;
    /** SES's SMTP endpoint with STARTTLS: the only way to send mail from a VPC without NAT. */
    static final int SMTP_SUBMISSION = 587;
    private static final String INTERNET = "0.0.0.0/0";

    final SecurityGroup alb;
    final SecurityGroup app;
    final SecurityGroup database;
    final java.util.Optional<SecurityGroup> redis;

    private final Naming naming;
    private final CustomResourceOptions child;

    SecurityGroups(SecurityArgs args, CustomResourceOptions child) {
        this.naming = args.naming();
        this.child = child;
        alb = group("alb-sg", "Application load balancer: HTTPS (and HTTP for the redirect) from the internet", args);
        app = group("app-sg", "ECS tasks: only from the load balancer", args);
        database = group("db-sg", "PostgreSQL: only from the app tier; no egress", args);
        redis = args.redis() ? java.util.Optional.of(group("redis-sg", "Redis: only from the app tier; no egress", args))
                : java.util.Optional.empty();

        internetIngress("alb-in-https", alb, HTTPS);
        // Port 80 exists only for the listener that redirects to HTTPS.
        internetIngress("alb-in-http", alb, HTTP);
        for (int port : args.appPorts()) {
            egressToGroup("alb-out-app-" + port, alb, app.id(), port, "to the app tier");
            ingressFromGroup("app-in-alb-" + port, app, alb.id(), port, "from the load balancer");
        }
        egressToGroup("app-out-db", app, database.id(), POSTGRES, "to PostgreSQL");
        redis.ifPresent(r -> egressToGroup("app-out-redis", app, r.id(), REDIS, "to Redis"));
        egressToGroup("app-out-endpoints", app, args.endpointSecurityGroupId(), HTTPS, "to the interface endpoints");
        new SecurityGroupEgressRule(naming.name("app-out-s3"), SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(app.id())
                .prefixListId(args.s3PrefixListId())
                .ipProtocol("tcp").fromPort(HTTPS).toPort(HTTPS)
                .description("to S3 through the gateway endpoint (ECR layers, documents)")
                .tags(naming.tags("app-out-s3"))
                .build(), child);
        if (args.config().appInternetEgress()) {
            new SecurityGroupEgressRule(naming.name("app-out-internet-https"), SecurityGroupEgressRuleArgs.builder()
                    .securityGroupId(app.id())
                    .cidrIpv4(INTERNET)
                    .ipProtocol("tcp").fromPort(HTTPS).toPort(HTTPS)
                    .description("to third-party HTTPS APIs through NAT")
                    .tags(naming.tags("app-out-internet-https"))
                    .build(), child);
        }
        ingressFromGroup("db-in-app", database, app.id(), POSTGRES, "from the app tier");
        redis.ifPresent(r -> ingressFromGroup("redis-in-app", r, app.id(), REDIS, "from the app tier"));
        ingressFromGroup("endpoints-in-app", args.endpointSecurityGroupId(), app.id(), HTTPS, "HTTPS from the app tier");
        if (args.smtpEndpoint()) {
            egressToGroup("app-out-endpoints-smtp", app, args.endpointSecurityGroupId(), SMTP_SUBMISSION,
                    "to the SES SMTP endpoint (STARTTLS)");
            ingressFromGroup("endpoints-in-app-smtp", args.endpointSecurityGroupId(), app.id(), SMTP_SUBMISSION,
                    "SMTP (STARTTLS) from the app tier to SES");
        }
    }

    private SecurityGroup group(String name, String description, SecurityArgs args) {
        return new SecurityGroup(naming.name(name), SecurityGroupArgs.builder()
                .description(description)
                .vpcId(args.vpcId())
                .revokeRulesOnDelete(true)
                .tags(naming.tags(name))
                .build(), child);
    }

    private void internetIngress(String name, SecurityGroup group, int port) {
        new SecurityGroupIngressRule(naming.name(name), SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(group.id())
                .cidrIpv4(INTERNET)
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .description("port " + port + " from the internet")
                .tags(naming.tags(name))
                .build(), child);
    }

    private void ingressFromGroup(String name, SecurityGroup group, Output<String> source, int port, String description) {
        ingressFromGroup(name, group.id(), source, port, description);
    }

    private void ingressFromGroup(String name, Output<String> group, Output<String> source, int port,
                                  String description) {
        new SecurityGroupIngressRule(naming.name(name), SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(group)
                .referencedSecurityGroupId(source)
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .description(description)
                .tags(naming.tags(name))
                .build(), child);
    }

    private void egressToGroup(String name, SecurityGroup group, Output<String> destination, int port,
                               String description) {
        new SecurityGroupEgressRule(naming.name(name), SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(group.id())
                .referencedSecurityGroupId(destination)
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .description(description)
                .tags(naming.tags(name))
                .build(), child);
    }
}
