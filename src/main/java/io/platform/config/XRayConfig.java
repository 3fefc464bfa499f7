package io.platform.config;

import java.util.List;

/**
 * {@code platform:observability.xray}: X-Ray sampling rules (seed 004: "sampling rate 10%"). The X-Ray daemon
 * sidecar itself is per service ({@code platform:compute.services[].xray}).
 *
 * @param samplingRules custom rules, each an {@code aws_xray_sampling_rule}; X-Ray's Default rule (1 request a
 *                      second, then 5 %) applies to whatever none of them matches
 */
public record XRayConfig(List<SamplingRule> samplingRules) {
    public XRayConfig {
        samplingRules = List.copyOf(samplingRules);
    }

    /**
     * One sampling rule; {@code *} matches anything.
     *
     * @param priority      1..9999, lower wins
     * @param fixedRate     the fraction of requests sampled beyond the reservoir, 0..1
     * @param reservoirSize requests a second sampled before the fixed rate applies
     */
    public record SamplingRule(String name, int priority, double fixedRate, int reservoirSize, String serviceName,
                               String httpMethod, String urlPath, String host) {
    }
}
