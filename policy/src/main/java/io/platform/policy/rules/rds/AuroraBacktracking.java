package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;

/** Aurora MySQL clusters can be backtracked (the only engine that supports it). */
public final class AuroraBacktracking {
    private AuroraBacktracking() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-aurora-backtracking")
                .description("Aurora MySQL clusters have backtracking on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.14"))
                .types(RDS_CLUSTER)
                .fix("Set backtrackWindow to the seconds to keep (up to 259200, 72 hours)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String engine = p.string("engine").orElse("");
                    if (!engine.equals("aurora-mysql") && !engine.equals("aurora")) {
                        return;
                    }
                    Optional<Integer> window = p.integer("backtrackWindow");
                    if (window.orElse(0) <= 0) {
                        ctx.report("backtrackWindow is " + window.map(String::valueOf).orElse("not set")
                                + "; Aurora MySQL clusters must keep a backtrack window");
                    }
                })
                .build();
    }
}
