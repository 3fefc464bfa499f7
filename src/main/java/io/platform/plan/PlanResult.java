package io.platform.plan;

import io.platform.config.StackConfig;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one offline run of the program registered. */
public record PlanResult(String project, String stack, StackConfig config, String accountId,
                         List<RecordedResource> resources) {

    /** Resources other than the stack root: what {@code pulumi up} would create. */
    public List<RecordedResource> declared() {
        return resources.stream().filter(r -> !r.type().equals("pulumi:pulumi:Stack")).toList();
    }

    public List<RecordedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public Map<String, Integer> countsByType() {
        Map<String, Integer> counts = new TreeMap<>();
        declared().forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        return counts;
    }
}
