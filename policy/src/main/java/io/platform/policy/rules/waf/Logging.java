package io.platform.policy.rules.waf;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.CLASSIC_WEB_ACL;
import static io.platform.policy.rules.AwsTypes.WEB_ACL;
import static io.platform.policy.rules.AwsTypes.WEB_ACL_LOGGING;

/**
 * Every web ACL logs the requests it inspects: a wafv2 web ACL (REGIONAL or CLOUDFRONT scope) has a
 * logging configuration; a WAF Classic web ACL its {@code loggingConfiguration}.
 */
public final class Logging {
    private static final Reference LOGGING_ACL = Reference.of(WEB_ACL_LOGGING.set(), "resourceArn", WEB_ACL.set(), "arn", "id");

    private Logging() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("waf-logging")
                .description("Every web ACL (CloudFront's included) logs its traffic")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("WAF.11", "WAF.1"))
                .inspects(WEB_ACL, WEB_ACL_LOGGING, CLASSIC_WEB_ACL)
                .fix("Declare a WebAclLoggingConfiguration to an aws-waf-logs- log group (in us-east-1 for CLOUDFRONT scope)")
                .check((stack, ctx) -> {
                    ctx.forEach(stack.of(WEB_ACL), acl -> {
                        if (stack.referrers(acl, LOGGING_ACL).isEmpty()) {
                            ctx.report(acl, "web ACL (scope " + acl.properties().string("scope").orElse("not set")
                                    + ") has no " + WEB_ACL_LOGGING.current() + "; every web ACL must log its traffic");
                        }
                    });
                    ctx.forEach(stack.of(CLASSIC_WEB_ACL), acl -> {
                        if (!acl.properties().has("loggingConfiguration")) {
                            ctx.report(acl, "loggingConfiguration is not set; every web ACL must log its traffic");
                        }
                    });
                })
                .build();
    }
}
