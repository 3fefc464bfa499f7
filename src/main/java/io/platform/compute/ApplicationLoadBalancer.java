package io.platform.compute;

import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.wafv2.WebAclAssociation;
import com.pulumi.aws.wafv2.WebAclAssociationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.AlbRoutes;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.storage.LogDelivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The internet-facing ALB of SPEC §3.4: TLS 1.2+/1.3 on 443, port 80 only redirects, routes
 * per public service to an ip target group, invalid headers dropped, access logs, WAF.
 */
final class ApplicationLoadBalancer {
    // TLS 1.3 and 1.2 with forward-secret AEAD ciphers only, and post-quantum key exchange (ELB.17's current list).
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
    static final int IDLE_TIMEOUT_SECONDS = 60;

    final LoadBalancer loadBalancer;
    final Listener https;
    /** The second HTTPS listener CodeDeploy routes test traffic through, when a service deploys with CodeDeploy. */
    final Optional<Listener> test;
    /** Service name → its target group. */
    final Map<String, TargetGroup> targetGroups = new LinkedHashMap<>();
    /** Service name → the target group CodeDeploy shifts traffic to (blue/green and canary services). */
    final Map<String, TargetGroup> greenTargetGroups = new LinkedHashMap<>();

    ApplicationLoadBalancer(ComputeArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        var config = args.config();
        loadBalancer = new LoadBalancer(naming.name("alb"), LoadBalancerArgs.builder()
                .name(ElbNames.fit(naming.name("alb")))
                .loadBalancerType("application")
                .internal(false)
                .securityGroups(args.albSecurityGroupId().applyValue(List::of))
                .subnets(args.publicSubnetIds())
                .dropInvalidHeaderFields(true)
                .enableHttp2(true)
                .idleTimeout(IDLE_TIMEOUT_SECONDS)
                .desyncMitigationMode("defensive")
                .enableDeletionProtection(config.deletionProtection())
                .accessLogs(LoadBalancerAccessLogsArgs.builder()
                        .bucket(args.accessLogsBucket())
                        .prefix(LogDelivery.ALB_PREFIX)
                        .enabled(true)
                        .build())
                .tags(naming.tags("alb"))
                .build(), child);

        new WebAclAssociation(naming.name("alb-waf"), WebAclAssociationArgs.builder()
                .resourceArn(loadBalancer.arn())
                .webAclArn(args.webAclArn())
                .build(), child);

        https = new Listener(naming.name("alb-https"), ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(TLS_POLICY)
                .certificateArn(args.certificateArn())
                .defaultActions(notFound())
                .tags(naming.tags("alb-https"))
                .build(), child);

        new Listener(naming.name("alb-http"), ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("redirect")
                        .redirect(ListenerDefaultActionRedirectArgs.builder()
                                .protocol("HTTPS").port("443").statusCode("HTTP_301").build())
                        .build())
                .tags(naming.tags("alb-http"))
                .build(), child);

        test = config.codeDeployServices().isEmpty() ? Optional.empty()
                : Optional.of(testListener(args, config.testListener().port(), child));
        for (ServiceConfig service : config.publicServices()) {
            int priority = args.workloads().routePriorities().get(AlbRoutes.SERVICE + service.name());
            TargetGroup group = targetGroup(args, "tg-" + service.name(), service.name(), service, child);
            targetGroups.put(service.name(), group);
            boolean codeDeploy = service.deployment().strategy().usesCodeDeploy();
            // CodeDeploy points the rules at whichever target group serves the live task set.
            var ruleOptions = codeDeploy ? CustomResourceOptions.builder().parent(child.getParent().orElseThrow())
                    .ignoreChanges("actions").build() : child;
            rule(args, "alb-rule-" + service.name(), https, priority, service.route().orElseThrow(), group, ruleOptions);
            if (codeDeploy) {
                greenTargetGroups.put(service.name(), targetGroup(args, "tg-" + service.name() + "-green",
                        service.name() + "-green", service, child));
                rule(args, "alb-test-rule-" + service.name(), test.orElseThrow(), priority,
                        service.route().orElseThrow(), group, ruleOptions);
            }
        }
    }

    private static TargetGroup targetGroup(ComputeArgs args, String resource, String name, ServiceConfig service,
                                           CustomResourceOptions child) {
        Naming naming = args.naming();
        return new TargetGroup(naming.name(resource), TargetGroupArgs.builder()
                .name(ElbNames.fit(naming.name(name)))
                .targetType("ip")
                .protocol("HTTP")
                .port(service.port())
                .vpcId(args.vpcId())
                .deregistrationDelay(30)
                .healthCheck(ListenerRoutes.healthCheck(service.healthCheckPath()))
                .tags(naming.tags(resource))
                .build(), child);
    }

    private static void rule(ComputeArgs args, String name, Listener listener, int priority, ServiceConfig.Route route,
                             TargetGroup group, CustomResourceOptions options) {
        new ListenerRule(args.naming().name(name), ListenerRuleArgs.builder()
                .listenerArn(listener.arn())
                .priority(priority)
                .conditions(ListenerRoutes.conditions(route))
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(group.arn()).build())
                .tags(args.naming().tags(name))
                .build(), options);
    }

    /** Same TLS and certificate as production; only the CIDRs of {@code testListenerCidrs} reach it. */
    private Listener testListener(ComputeArgs args, int port, CustomResourceOptions child) {
        return new Listener(args.naming().name("alb-https-test"), ListenerArgs.builder()
                .loadBalancerArn(loadBalancer.arn())
                .port(port)
                .protocol("HTTPS")
                .sslPolicy(TLS_POLICY)
                .certificateArn(args.certificateArn())
                .defaultActions(notFound())
                .tags(args.naming().tags("alb-https-test"))
                .build(), child);
    }

    /** Only configured routes reach a service; anything else gets a plain 404. */
    private static ListenerDefaultActionArgs notFound() {
        return ListenerDefaultActionArgs.builder()
                .type("fixed-response")
                .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                        .statusCode("404").contentType("text/plain").messageBody("Not found").build())
                .build();
    }

    Output<String> dnsName() {
        return loadBalancer.dnsName();
    }
}
