package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER_POLICY;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.WAF_ASSOCIATION;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;

/** Load balancing rules. Tokens: aws:lb, its alias aws:alb and the names 6.0 removed. */
final class ElbCases {
    static final String ALB_ALIAS = "aws:alb/loadBalancer:LoadBalancer";
    static final String ALB_LEGACY = "aws:elasticloadbalancingv2/loadBalancer:LoadBalancer";
    static final String ALB_LEGACY_2 = "aws:applicationloadbalancing/loadBalancer:LoadBalancer";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String LISTENER_ALIAS = "aws:alb/listener:Listener";
    static final String LISTENER_LEGACY = "aws:elasticloadbalancingv2/listener:Listener";
    static final String LISTENER_LEGACY_2 = "aws:applicationloadbalancing/listener:Listener";
    static final String CLASSIC_LEGACY = "aws:elasticloadbalancing/loadBalancer:LoadBalancer";

    private ElbCases() {
    }

    static Map<String, Object> alb() {
        return m("loadBalancerType", "application", "internal", false, "subnets", l("subnet-a", "subnet-b"),
                "securityGroups", l("sg-alb"), "dropInvalidHeaderFields", true, "enableDeletionProtection", true,
                "desyncMitigationMode", "defensive", "accessLogs", m("enabled", true, "bucket", "logs", "prefix", "alb"));
    }

    static Map<String, Object> classic() {
        return m("availabilityZones", l("us-east-1a", "us-east-1b"), "connectionDraining", true, "crossZoneLoadBalancing", true,
                "desyncMitigationMode", "defensive", "healthCheck", m("target", "HTTPS:443/health", "interval", 30,
                        "healthyThreshold", 2, "unhealthyThreshold", 2, "timeout", 5),
                "accessLogs", m("bucket", "logs", "interval", 5),
                "listeners", l(m("lbProtocol", "https", "lbPort", 443, "instanceProtocol", "https", "instancePort", 443,
                        "sslCertificateId", "arn:aws:acm:us-east-1:123456789012:certificate/c")));
    }

    static Map<String, Object> https() {
        return m("loadBalancerArn", "arn:alb", "protocol", "HTTPS", "port", 443,
                "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "certificateArn", "arn:aws:acm:us-east-1:1:certificate/c",
                "defaultActions", l(m("type", "fixed-response", "fixedResponse", m("contentType", "text/plain", "statusCode", "404"))));
    }

    static Map<String, Object> httpRedirect() {
        return m("loadBalancerArn", "arn:alb", "protocol", "HTTP", "port", 80, "defaultActions", l(m("type", "redirect",
                "redirect", m("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301"))));
    }

    static void define(Cases c) {
        String lb = LOAD_BALANCER.current();
        c.resource("lb-tls-policy", LISTENER, https())
                .pass()
                .pass(set("sslPolicy", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"))
                .pass(set("protocol", "HTTP"), del("sslPolicy"))
                .fail(set("sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"), "sslPolicy is ELBSecurityPolicy-TLS13-1-2-2021-06;")
                .fail(del("sslPolicy"), "sslPolicy is not set (AWS default ELBSecurityPolicy-2016-08 allows TLS 1.0);")
                .unknown("sslPolicy")
                .unknown("protocol")
                .as(LISTENER_LEGACY, https())
                .fail(set("sslPolicy", "ELBSecurityPolicy-2016-08"), "sslPolicy is ELBSecurityPolicy-2016-08;")
                .as(LISTENER_LEGACY_2, m("loadBalancerArn", "arn:nlb", "protocol", "TLS", "port", 443,
                        "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"))
                .pass()
                .fail(set("sslPolicy", "ELBSecurityPolicy-TLS-1-1-2017-01"), "sslPolicy is ELBSecurityPolicy-TLS-1-1-2017-01;");

        c.resource("lb-http-redirects-only", LISTENER_ALIAS, httpRedirect())
                .pass()
                .pass(set("protocol", "HTTPS"), set("defaultActions[0].type", "forward"))
                .fail(set("defaultActions[0].type", "forward"), "defaultActions[0].type is forward;")
                .fail(del("defaultActions[0].redirect.protocol"), "defaultActions[0].redirect.protocol is not set (keeps HTTP);")
                .unknown("defaultActions[0].type")
                .unknown("defaultActions[0]", set("defaultActions[1]", m("type", "fixed-response")), "defaultActions[1].type is fixed-response;");

        c.resource("lb-listener-secure-protocol", LISTENER, https())
                .pass()
                .pass(set("protocol", "HTTP"), set("defaultActions", l(m("type", "redirect", "redirect", m("protocol", "HTTPS")))))
                .fail(set("protocol", "HTTP"), "protocol is HTTP;")
                .fail(List.of(del("protocol"), del("certificateArn")), "protocol is HTTP (the default);")
                .fail(set("protocol", "TCP"), "protocol is TCP;")
                .unknown("protocol")
                .as(LISTENER, httpRedirect())
                .setting("allowHttpRedirect", false)
                .fail(set("port", 80), "protocol is HTTP;");

        Map<String, Object> tlsTargets = m("vpcId", "vpc-1", "port", 8443, "protocol", "HTTPS", "targetType", "ip",
                "healthCheck", m("protocol", "HTTPS", "path", "/health"));
        c.resource("lb-target-group-encrypted", "aws:lb/targetGroup:TargetGroup", tlsTargets)
                .pass()
                .pass(del("healthCheck.protocol"))
                .pass(set("targetType", "lambda"), set("protocol", "HTTP"), del("healthCheck"))
                .pass(set("protocol", "TLS"))
                .fail(set("protocol", "HTTP"), "protocol is HTTP;")
                .fail(List.of(set("protocol", "HTTP"), del("healthCheck.protocol")), "protocol is HTTP;",
                        "healthCheck.protocol is HTTP (the default);")
                .fail(List.of(set("protocol", "TCP"), del("healthCheck.protocol")), "protocol is TCP;",
                        "healthCheck.protocol is TCP (the default);")
                .fail(set("healthCheck.protocol", "HTTP"), "healthCheck.protocol is HTTP;")
                .fail(List.of(set("targetType", "alb"), set("protocol", "TCP"), set("healthCheck.protocol", "HTTP")),
                        "healthCheck.protocol is HTTP;")
                .unknown("protocol")
                .unknown("healthCheck.protocol", set("protocol", "HTTP"), "protocol is HTTP;")
                .unknown("protocol", set("healthCheck.protocol", "HTTP"), "healthCheck.protocol is HTTP;")
                .as("aws:alb/targetGroup:TargetGroup", tlsTargets)
                .fail(set("protocol", "HTTP"), "protocol is HTTP;")
                .as("aws:elasticloadbalancingv2/targetGroup:TargetGroup", tlsTargets)
                .fail(set("healthCheck.protocol", "HTTP"), "healthCheck.protocol is HTTP;");

        c.resource("lb-drop-invalid-headers", lb, alb())
                .pass()
                .pass(set("loadBalancerType", "network"), del("dropInvalidHeaderFields"))
                .fail(set("dropInvalidHeaderFields", false), "dropInvalidHeaderFields is false;")
                .unknown("dropInvalidHeaderFields")
                .unknown("loadBalancerType")
                .as(ALB_LEGACY, alb())
                .fail(del("dropInvalidHeaderFields"), "dropInvalidHeaderFields is not set");

        c.resource("lb-access-logs", ALB_ALIAS, alb())
                .pass()
                .fail(set("accessLogs.enabled", false), "accessLogs.enabled is false;")
                .fail(del("accessLogs"), "accessLogs is not set;")
                .fail(del("accessLogs.bucket"), "accessLogs.bucket is not set;")
                .unknown("accessLogs.enabled")
                .unknownIsEnough("accessLogs.bucket")
                .as(CLASSIC_LOAD_BALANCER.current(), classic())
                .pass()
                .fail(set("accessLogs.enabled", false), "accessLogs.enabled is false;")
                .as(CLASSIC_LEGACY, classic())
                .fail(del("accessLogs"), "accessLogs is not set;");

        c.resource("lb-deletion-protection", lb, alb())
                .inStack("production")
                .pass()
                .fail(set("enableDeletionProtection", false), "enableDeletionProtection is false;")
                .unknown("enableDeletionProtection")
                .as(ALB_LEGACY_2, alb())
                .fail(del("enableDeletionProtection"), "enableDeletionProtection is not set");

        c.resource("lb-desync-mitigation", lb, alb())
                .pass()
                .pass(del("desyncMitigationMode"))
                .pass(set("loadBalancerType", "network"), set("desyncMitigationMode", "monitor"))
                .fail(set("desyncMitigationMode", "monitor"), "desyncMitigationMode is monitor;")
                .unknown("desyncMitigationMode")
                .as(CLASSIC_LOAD_BALANCER.current(), classic())
                .pass()
                .fail(set("desyncMitigationMode", "monitor"), "desyncMitigationMode is monitor;");

        c.resource("lb-multi-az", lb, alb())
                .pass()
                .pass(set("subnets", l(UNKNOWN, UNKNOWN)))
                .fail(set("subnets", l("subnet-a")), "subnets has 1 entry;")
                .fail(List.of(del("subnets"), set("subnetMappings", l(m("subnetId", "subnet-a")))), "subnets has 1 entry;")
                .unknown("subnets")
                .as(CLASSIC_LOAD_BALANCER.current(), classic())
                .pass()
                .fail(set("availabilityZones", l("us-east-1a")), "subnets has 1 entry;");

        String classic = CLASSIC_LOAD_BALANCER.current();
        c.resource("clb-secure-listeners", classic, classic())
                .pass()
                .fail(set("listeners[0].lbProtocol", "http"), "listeners[0].lbProtocol is HTTP;")
                .fail(set("listeners[0].sslCertificateId", "arn:aws:iam::123456789012:server-certificate/old"),
                        "listeners[0].sslCertificateId is arn:aws:iam::123456789012:server-certificate/old;")
                .unknown("listeners[0].sslCertificateId")
                .unknown("listeners[0]", set("listeners[1]", m("lbProtocol", "tcp", "lbPort", 80)), "listeners[1].lbProtocol is TCP;");

        c.resource("clb-availability-settings", classic, classic())
                .pass()
                .fail(set("connectionDraining", false), "connectionDraining is false;")
                .fail(set("crossZoneLoadBalancing", false), "crossZoneLoadBalancing is false;")
                .fail(del("healthCheck"), "healthCheck is not set;")
                .unknown("connectionDraining")
                .unknown("connectionDraining", set("crossZoneLoadBalancing", false), "crossZoneLoadBalancing is false;");

        c.resource("clb-tls-policy", CLASSIC_LOAD_BALANCER_POLICY.current(), m("loadBalancerName", "clb", "policyName", "tls",
                        "policyTypeName", "SSLNegotiationPolicyType", "policyAttributes",
                        l(m("name", "Reference-Security-Policy", "value", "ELBSecurityPolicy-TLS-1-2-2017-01"))))
                .pass()
                .pass(set("policyTypeName", "ProxyProtocolPolicyType"), del("policyAttributes"))
                .fail(set("policyAttributes[0].value", "ELBSecurityPolicy-2016-08"),
                        "policyAttributes Reference-Security-Policy is ELBSecurityPolicy-2016-08;")
                .fail(del("policyAttributes"), "policyAttributes Reference-Security-Policy is not set;")
                .unknown("policyAttributes");

        PolicyResource albResource = r(lb, "alb").p("arn", "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/alb/1")
                .ps(alb()).build();
        c.stack("alb-waf-association", albResource, r(WAF_ASSOCIATION.current(), "alb-waf").p("webAclArn", "arn:acl")
                        .p("resourceArn", UNKNOWN).dep("resourceArn", albResource).build())
                .pass()
                .pass(drop("alb-waf"), set("alb", "loadBalancerType", "network"))
                .fail(drop("alb-waf"), "application load balancer has no aws:wafv2/webAclAssociation:WebAclAssociation;")
                .fail(List.of(drop("alb-waf"), add(r(ALB_LEGACY, "legacy-alb").ps(alb()).build())),
                        "application load balancer has no", "application load balancer has no")
                .unknown(List.of(drop("alb-waf"), add(r(WAF_ASSOCIATION.current(), "stray").p("resourceArn", UNKNOWN).build())));
    }
}
