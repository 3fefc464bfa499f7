package io.platform.policy.rules;

import io.platform.policy.rules.elb.AccessLogs;
import io.platform.policy.rules.elb.DeletionProtection;
import io.platform.policy.rules.elb.DropInvalidHeaders;
import io.platform.policy.rules.elb.HttpRedirectsOnly;
import io.platform.policy.rules.elb.TlsPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ALB;
import static io.platform.policy.Tokens.ALB_LISTENER;
import static io.platform.policy.Tokens.LB;
import static io.platform.policy.Tokens.LB_LISTENER;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class LoadBalancerRulesTest {
    static final Map<String, Object> REDIRECT = Map.of("type", "redirect",
            "redirect", Map.of("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301"));

    @Test
    void tlsPolicy() {
        forRule(TlsPolicy.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTPS", "port", 443, "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"))
                .expectNoViolations();
        // TLS13-1-2-2021-06 allows TLS 1.2 with CBC ciphers; ELB.17 no longer lists it.
        forRule(TlsPolicy.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTPS", "port", 443, "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"))
                .expectViolations("sslPolicy is ELBSecurityPolicy-TLS13-1-2-2021-06; HTTPS listeners must use a recommended "
                        + "policy such as ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09");
        forRule(TlsPolicy.policy()).withType(ALB_LISTENER)
                .withProperties(Map.of("protocol", "HTTPS", "port", 443, "sslPolicy", "ELBSecurityPolicy-2016-08"))
                .expectViolations("sslPolicy is ELBSecurityPolicy-2016-08; HTTPS listeners must use a recommended policy "
                        + "such as ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09");
        forRule(TlsPolicy.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("port", 443, "certificateArn", "arn:aws:acm:us-east-1:1:certificate/c"))
                .expectViolations("sslPolicy is not set (AWS default ELBSecurityPolicy-2016-08 allows TLS 1.0); "
                        + "HTTPS listeners must use a recommended policy such as ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09");
        forRule(TlsPolicy.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTP", "port", 80)).expectNoViolations();
    }

    @Test
    void httpListenersOnlyRedirect() {
        forRule(HttpRedirectsOnly.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTP", "port", 80, "defaultActions", List.of(REDIRECT)))
                .expectNoViolations();
        forRule(HttpRedirectsOnly.policy()).withType(ALB_LISTENER)
                .withProperties(Map.of("protocol", "HTTP", "port", 80,
                        "defaultActions", List.of(Map.of("type", "forward", "targetGroupArn", "arn:tg"))))
                .expectViolations("defaultActions[0].type is forward; HTTP listeners must only redirect to HTTPS");
        forRule(HttpRedirectsOnly.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTP", "port", 80,
                        "defaultActions", List.of(Map.of("type", "redirect", "redirect", Map.of("port", "8080")))))
                .expectViolations("defaultActions[0].redirect.protocol is not set (keeps HTTP); "
                        + "HTTP listeners must only redirect to HTTPS");
        forRule(HttpRedirectsOnly.policy()).withType(LB_LISTENER)
                .withProperties(Map.of("protocol", "HTTPS", "defaultActions", List.of(Map.of("type", "forward"))))
                .expectNoViolations();
    }

    @Test
    void dropInvalidHeaders() {
        forRule(DropInvalidHeaders.policy()).withType(LB)
                .withProperty("dropInvalidHeaderFields", true).expectNoViolations();
        forRule(DropInvalidHeaders.policy()).withType(ALB)
                .withProperty("loadBalancerType", "application")
                .expectViolations("dropInvalidHeaderFields is not set; application load balancers must drop invalid HTTP header fields");
        forRule(DropInvalidHeaders.policy()).withType(LB)
                .withProperty("loadBalancerType", "network").expectNoViolations();
    }

    @Test
    void accessLogs() {
        forRule(AccessLogs.policy()).withType(LB)
                .withProperty("accessLogs", Map.of("enabled", true, "bucket", "platform-staging-access-logs", "prefix", "alb"))
                .expectNoViolations();
        forRule(AccessLogs.policy()).withType(LB).withProperty("internal", false)
                .expectViolations("accessLogs is not set; load balancers must write access logs to S3");
        forRule(AccessLogs.policy()).withType(ALB)
                .withProperty("accessLogs", Map.of("bucket", "platform-staging-access-logs"))
                .expectViolations("accessLogs.enabled is not set; load balancers must write access logs to S3");
    }

    @Test
    void deletionProtectionInProduction() {
        forRule(DeletionProtection.policy()).withType(LB).inStack("staging")
                .withProperty("enableDeletionProtection", false).expectNoViolations();
        forRule(DeletionProtection.policy()).withType(ALB).inStack("production")
                .withProperty("enableDeletionProtection", true).expectNoViolations();
        forRule(DeletionProtection.policy()).withType(LB).inStack("production")
                .withProperty("enableDeletionProtection", false)
                .expectViolations("enableDeletionProtection is false; production load balancers must have deletion protection on");
    }
}
