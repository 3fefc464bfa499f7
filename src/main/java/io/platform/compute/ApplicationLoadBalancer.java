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
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHostHeaderArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionPathPatternArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.wafv2.WebAclAssociation;
import com.pulumi.aws.wafv2.WebAclAssociationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.storage.LogDelivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** Service name → its target group. */
    final Map<String, TargetGroup> targetGroups = new LinkedHashMap<>();

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
                // Only configured routes reach a service; anything else gets a plain 404.
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("fixed-response")
                        .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                                .statusCode("404").contentType("text/plain").messageBody("Not found").build())
                        .build())
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

        List<ServiceConfig> services = RoutePriority.mostSpecificFirst(config.publicServices());
        for (int i = 0; i < services.size(); i++) {
            ServiceConfig service = services.get(i);
            String tgName = "tg-" + service.name();
            TargetGroup group = new TargetGroup(naming.name(tgName), TargetGroupArgs.builder()
                    .name(ElbNames.fit(naming.name(service.name())))
                    .targetType("ip")
                    .protocol("HTTP")
                    .port(service.port())
                    .vpcId(args.vpcId())
                    .deregistrationDelay(30)
                    .healthCheck(TargetGroupHealthCheckArgs.builder()
                            .enabled(true)
                            .path(service.healthCheckPath())
                            .protocol("HTTP")
                            .healthyThreshold(2)
                            .unhealthyThreshold(3)
                            .timeout(5)
                            .interval(30)
                            .matcher("200")
                            .build())
                    .tags(naming.tags(tgName))
                    .build(), child);
            targetGroups.put(service.name(), group);
            new ListenerRule(naming.name("alb-rule-" + service.name()), ListenerRuleArgs.builder()
                    .listenerArn(https.arn())
                    .priority(RoutePriority.STEP * (i + 1))
                    .conditions(conditions(service.route().orElseThrow()))
                    .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(group.arn()).build())
                    .tags(naming.tags("alb-rule-" + service.name()))
                    .build(), child);
        }
    }

    private static List<ListenerRuleConditionArgs> conditions(ServiceConfig.Route route) {
        List<ListenerRuleConditionArgs> conditions = new ArrayList<>();
        if (!route.hosts().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .hostHeader(ListenerRuleConditionHostHeaderArgs.builder().values(route.hosts()).build()).build());
        }
        if (!route.paths().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .pathPattern(ListenerRuleConditionPathPatternArgs.builder().values(route.paths()).build()).build());
        }
        return conditions;
    }

    Output<String> dnsName() {
        return loadBalancer.dnsName();
    }
}
