package io.platform.policy.rules.elb;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;

/** Load balancers (application, network, classic) write access logs to S3. */
public final class AccessLogs {
    private AccessLogs() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-access-logs")
                .description("Load balancers write access logs to S3")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.5"))
                .types(LOAD_BALANCER, CLASSIC_LOAD_BALANCER)
                .fix("Set accessLogs with enabled true, the log bucket and a prefix such as alb/")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "load balancers must write access logs to S3";
                    if (!p.has("accessLogs")) {
                        ctx.report("accessLogs is not set; " + why);
                        return;
                    }
                    PropertyMap logs = p.map("accessLogs");
                    if (CLASSIC_LOAD_BALANCER.has(r.type())) {
                        Checks.forbidFalse(logs, "enabled", "accessLogs.enabled", ctx, why);
                    } else {
                        Checks.requireTrue(logs, "enabled", "accessLogs.enabled", ctx, why);
                    }
                    ctx.isolated(() -> {
                        if (logs.bool("enabled", CLASSIC_LOAD_BALANCER.has(r.type())) && !logs.has("bucket")) {
                            ctx.report("accessLogs.bucket is not set; " + why);
                        }
                    });
                })
                .build();
    }
}
