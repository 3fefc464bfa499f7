package io.platform.observability;

import com.pulumi.aws.xray.SamplingRule;
import com.pulumi.aws.xray.SamplingRuleArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.XRayConfig;

/**
 * The stack's X-Ray sampling rules ({@code platform:observability.xray.samplingRules}). The rule name in X-Ray
 * is prefixed with the project and environment (32 characters at most), so two stacks of one account never
 * share a rule; requests no rule matches fall to X-Ray's Default rule.
 */
final class XRaySampling {
    /** X-Ray's limit on a sampling rule's name. */
    static final int MAX_NAME = 32;

    private XRaySampling() {
    }

    static void declare(ObservabilityArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        for (XRayConfig.SamplingRule rule : args.config().xray().samplingRules()) {
            String ruleName = naming.name(rule.name());
            if (ruleName.length() > MAX_NAME) {
                // The config loader's name-length check refuses this first; reaching here is a programming error.
                throw new IllegalStateException("X-Ray sampling rule name " + ruleName + " is longer than " + MAX_NAME);
            }
            new SamplingRule(naming.name("xray-" + rule.name()), SamplingRuleArgs.builder()
                    .ruleName(ruleName)
                    .priority(rule.priority())
                    .fixedRate(rule.fixedRate())
                    .reservoirSize(rule.reservoirSize())
                    .serviceName(rule.serviceName())
                    .serviceType("*")
                    .host(rule.host())
                    .httpMethod(rule.httpMethod())
                    .urlPath(rule.urlPath())
                    .resourceArn("*")
                    .version(1)
                    .tags(naming.tags("xray-" + rule.name()))
                    .build(), child);
        }
    }
}
