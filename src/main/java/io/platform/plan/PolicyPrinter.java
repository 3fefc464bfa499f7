package io.platform.plan;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Violation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints the policy report grouped by enforcement level; each finding names the resource by
 * its path through the tiers (e.g. {@code platform-staging-data / … / platform-staging-db}) and
 * says how to fix it.
 */
final class PolicyPrinter {
    private final PrintStream out;

    PolicyPrinter(PrintStream out) {
        this.out = out;
    }

    void print(PolicyReport report, PlanResult plan) {
        Map<String, RecordedResource> byUrn = plan.resources().stream()
                .collect(Collectors.toMap(RecordedResource::urn, Function.identity(), (a, b) -> a));
        out.printf("%nPolicy pack %s %s: %d mandatory, %d advisory, %d remediated, %d exempted%n",
                report.packName(), report.packVersion(), report.count(EnforcementLevel.MANDATORY),
                report.count(EnforcementLevel.ADVISORY), report.count(EnforcementLevel.REMEDIATE),
                report.exempted().size());
        for (EnforcementLevel level : List.of(EnforcementLevel.MANDATORY, EnforcementLevel.ADVISORY,
                EnforcementLevel.REMEDIATE)) {
            List<Violation> group = report.enforced().stream().filter(v -> v.level() == level).toList();
            if (!group.isEmpty()) {
                out.printf("%n%s (%d)%n", level.wireName().toUpperCase(), group.size());
                group.forEach(v -> printViolation(v, byUrn));
            }
        }
        if (!report.exempted().isEmpty()) {
            out.printf("%nEXEMPTED (%d)%n", report.exempted().size());
            report.exempted().forEach(v -> {
                printViolation(v, byUrn);
                out.println("      exempted: " + v.exemptionReason());
            });
        }
        if (!report.unmatchedExemptions().isEmpty()) {
            out.printf("%nUNMATCHED EXEMPTIONS (%d)%n", report.unmatchedExemptions().size());
            report.unmatchedExemptions().forEach(u -> out.println("  " + u.message()));
        }
    }

    private void printViolation(Violation v, Map<String, RecordedResource> byUrn) {
        out.printf("  [%s] %s  %s%n      %s%n      fix: %s%n", v.severity().wireName(), v.policyId(),
                path(v.urn(), byUrn), v.message(), v.fixHint());
    }

    /** Names from the tier component down to the resource. */
    static String path(String urn, Map<String, RecordedResource> byUrn) {
        List<String> names = new ArrayList<>();
        RecordedResource r = byUrn.get(urn);
        while (r != null && !r.type().equals("pulumi:pulumi:Stack")) {
            names.add(r.name());
            r = r.parent() == null ? null : byUrn.get(r.parent());
        }
        if (names.isEmpty()) {
            return urn;
        }
        Collections.reverse(names);
        return String.join(" / ", names);
    }
}
