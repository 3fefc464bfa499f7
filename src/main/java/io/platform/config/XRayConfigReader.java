package io.platform.config;

import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:observability.xray}. */
final class XRayConfigReader {
    /** X-Ray rule names: 1-32 characters of letters, digits, '-' and '_'. */
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final List<String> METHODS = List.of("*", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private XRayConfigReader() {
    }

    static XRayConfig read(ConfigSection xray) {
        List<XRayConfig.SamplingRule> rules = xray.sections("samplingRules", XRayConfigReader::rule);
        xray.distinct("samplingRules", rules, "name", XRayConfig.SamplingRule::name, (i, j) -> "'"
                + rules.get(i).name() + "' is used twice (also at [" + j + "]); rule names are unique");
        xray.distinct("samplingRules", rules, "priority", XRayConfig.SamplingRule::priority, (i, j) ->
                rules.get(i).priority() + " is also the priority of '" + rules.get(j).name() + "'; give each rule its own");
        xray.rejectUnknownKeys();
        return new XRayConfig(rules);
    }

    private static XRayConfig.SamplingRule rule(ConfigSection rule) {
        String name = rule.requiredString("name", "the sampling rule's name (1-32 letters, digits, '-' or '_')");
        if (!RULE_NAME.matcher(name).matches() || name.equals("Default")) {
            throw new ConfigException(rule.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-32 letters, "
                    + "digits, '-' or '_', not Default (X-Ray's own rule)");
        }
        int priority = rule.integer("priority", 1000, 1, 9999);
        double fixedRate = rule.decimal("fixedRate", 0.05, 0.0, 1.0);
        int reservoir = rule.integer("reservoirSize", 1, 0, 100000);
        String method = rule.string("httpMethod", "*");
        if (!METHODS.contains(method)) {
            throw new ConfigException(rule.keyOf("httpMethod"), "'" + method + "' is not allowed; allowed: "
                    + String.join(", ", METHODS));
        }
        return new XRayConfig.SamplingRule(name, priority, fixedRate, reservoir, rule.string("serviceName", "*"),
                method, rule.string("urlPath", "*"), rule.string("host", "*"));
    }
}
