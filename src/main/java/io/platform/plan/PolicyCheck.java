package io.platform.plan;

import io.platform.config.RawConfig;
import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.StackContext;

import java.util.List;

/**
 * Runs the policy pack over a plan's recorded resources — the same inputs, parents and
 * dependencies the Pulumi engine would send the analyzer during {@code pulumi preview}.
 */
public final class PolicyCheck {
    private static final PolicyEngine ENGINE = new PolicyEngine(PlatformPolicyPack.create());

    private PolicyCheck() {
    }

    public static PolicyReport run(PlanResult plan, RawConfig raw, PackConfig packConfig) {
        List<PolicyResource> resources = plan.declared().stream().map(r -> PolicyResource.fromStruct(
                r.urn(), r.type(), r.name(), r.parent(), r.dependencies(), r.propertyDependencies(), r.inputs())).toList();
        StackContext stack = new StackContext(plan.stack(), plan.project(), "organization", raw.values(), false);
        return ENGINE.run(resources, stack, packConfig);
    }
}
