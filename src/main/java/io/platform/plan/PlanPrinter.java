package io.platform.plan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the plan for a reviewer: the resource tree by tier, then counts by type. */
final class PlanPrinter {
    private final PrintStream out;

    PlanPrinter(PrintStream out) {
        this.out = out;
    }

    void print(PlanResult plan) {
        var config = plan.config();
        out.printf("Offline plan of %s/%s: environment %s, region %s, account %s (simulated, no AWS calls)%n%n",
                plan.project(), plan.stack(), config.environment().configName(), config.region(), plan.accountId());

        Map<String, List<RecordedResource>> children = new LinkedHashMap<>();
        plan.resources().forEach(r -> children.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(r));
        out.println("Resources by tier:");
        for (RecordedResource root : children.getOrDefault(null, List.of())) {
            for (RecordedResource top : sorted(children.getOrDefault(root.urn(), List.of()))) {
                printTree(top, children, "  ");
            }
        }

        out.println();
        out.println("Resources by type:");
        Map<String, Integer> counts = plan.countsByType();
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(10);
        counts.forEach((type, n) -> out.printf("  %-" + width + "s %4d%n", type, n));
        out.printf("  %-" + width + "s %4d%n", "total", plan.declared().size());
    }

    private void printTree(RecordedResource resource, Map<String, List<RecordedResource>> children, String indent) {
        List<RecordedResource> kids = sorted(children.getOrDefault(resource.urn(), List.of()));
        String protect = resource.protect() ? "  [protected]" : "";
        if (resource.isComponent()) {
            out.printf("%s%s  (%s, %d resources)%n", indent, resource.name(), resource.type(), kids.size());
        } else {
            out.printf("%s%-56s %s%s%n", indent, resource.name(), resource.type(), protect);
        }
        kids.forEach(k -> printTree(k, children, indent + "  "));
    }

    private static List<RecordedResource> sorted(List<RecordedResource> resources) {
        return resources.stream()
                .sorted(Comparator.comparing(RecordedResource::type).thenComparing(RecordedResource::name))
                .toList();
    }
}
