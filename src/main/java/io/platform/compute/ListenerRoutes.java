package io.platform.compute;

import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHostHeaderArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionPathPatternArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import io.platform.config.ServiceConfig;

import java.util.ArrayList;
import java.util.List;

/** How anything behind the ALB is matched and health-checked, services and instances alike. */
public final class ListenerRoutes {
    private ListenerRoutes() {
    }

    /** A host-header and/or a path-pattern condition; both must match when both are given. */
    public static List<ListenerRuleConditionArgs> conditions(ServiceConfig.Route route) {
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

    /** SPEC §3.4: healthy 2, unhealthy 3, timeout 5 s, every 30 s, 200 only. */
    public static TargetGroupHealthCheckArgs healthCheck(String path) {
        return TargetGroupHealthCheckArgs.builder()
                .enabled(true)
                .path(path)
                .protocol("HTTP")
                .healthyThreshold(2)
                .unhealthyThreshold(3)
                .timeout(5)
                .interval(30)
                .matcher("200")
                .build();
    }
}
