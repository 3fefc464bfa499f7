package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of one run of a pack over a stack. */
public final class PolicyReport {
    private final String packName;
    private final String packVersion;
    private final String stackName;
    private final int resourceCount;
    private final int skippedChecks;
    private final List<Violation> violations;
    private final List<UnmatchedExemption> unmatchedExemptions;
    private final List<RemediatedResource> remediations;
    private final Map<EnforcementLevel, Integer> counts;

    PolicyReport(String packName, String packVersion, String stackName, int resourceCount, int skippedChecks,
                 List<Violation> violations, List<UnmatchedExemption> unmatchedExemptions,
                 List<RemediatedResource> remediations) {
        this.packName = packName;
        this.packVersion = packVersion;
        this.stackName = stackName;
        this.resourceCount = resourceCount;
        this.skippedChecks = skippedChecks;
        this.violations = List.copyOf(violations);
        this.unmatchedExemptions = List.copyOf(unmatchedExemptions);
        this.remediations = List.copyOf(remediations);
        Map<EnforcementLevel, Integer> c = new EnumMap<>(EnforcementLevel.class);
        for (EnforcementLevel l : EnforcementLevel.values()) {
            c.put(l, 0);
        }
        for (Violation v : this.violations) {
            if (!v.exempted()) {
                c.merge(v.level(), 1, Integer::sum);
            }
        }
        this.counts = Collections.unmodifiableMap(c);
    }

    public String packName() {
        return packName;
    }

    public String packVersion() {
        return packVersion;
    }

    public String stackName() {
        return stackName;
    }

    public int resourceCount() {
        return resourceCount;
    }

    /** Checks not evaluated because they reached a value that was unknown (preview). */
    public int skippedChecks() {
        return skippedChecks;
    }

    /** Every finding, exempted ones included (marked). */
    public List<Violation> violations() {
        return violations;
    }

    /** Findings that count: not exempted. */
    public List<Violation> enforced() {
        return violations.stream().filter(v -> !v.exempted()).toList();
    }

    public List<Violation> exempted() {
        return violations.stream().filter(Violation::exempted).toList();
    }

    public List<UnmatchedExemption> unmatchedExemptions() {
        return unmatchedExemptions;
    }

    public List<RemediatedResource> remediations() {
        return remediations;
    }

    /** Non-exempted findings per level (every level present, zero included). */
    public Map<EnforcementLevel, Integer> countsByLevel() {
        return counts;
    }

    public int count(EnforcementLevel level) {
        return counts.get(level);
    }

    /** True when the update must be blocked. */
    public boolean hasMandatoryViolations() {
        return count(EnforcementLevel.MANDATORY) > 0;
    }

    /** JSON-ready structure: {@code pack}, {@code violations}, {@code unmatchedExemptions}, {@code remediations}, {@code counts}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pack", packName);
        m.put("version", packVersion);
        m.put("stack", stackName);
        m.put("resourceCount", resourceCount);
        m.put("violations", violations.stream().map(Violation::toMap).toList());
        m.put("unmatchedExemptions", unmatchedExemptions.stream().map(UnmatchedExemption::toMap).toList());
        List<Map<String, Object>> rem = new ArrayList<>();
        for (RemediatedResource r : remediations) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("policy", r.policyId());
            e.put("urn", r.urn());
            e.put("fixed", r.fixed());
            rem.add(e);
        }
        m.put("remediations", rem);
        Map<String, Object> c = new LinkedHashMap<>();
        counts.forEach((level, n) -> c.put(level.wireName(), n));
        c.put("exempted", exempted().size());
        m.put("counts", c);
        m.put("skippedChecks", skippedChecks);
        return m;
    }

    /** A plain-text report grouped by level, for terminals and CI logs. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("Policy pack ").append(packName).append(' ').append(packVersion)
                .append(" on stack ").append(stackName).append(": ").append(resourceCount).append(" resources, ")
                .append(count(EnforcementLevel.MANDATORY)).append(" mandatory, ")
                .append(count(EnforcementLevel.ADVISORY)).append(" advisory, ")
                .append(count(EnforcementLevel.REMEDIATE)).append(" remediated, ")
                .append(exempted().size()).append(" exempted\n");
        for (EnforcementLevel level : List.of(EnforcementLevel.MANDATORY, EnforcementLevel.ADVISORY, EnforcementLevel.REMEDIATE)) {
            List<Violation> group = enforced().stream().filter(v -> v.level() == level).toList();
            if (!group.isEmpty()) {
                out.append('\n').append(level.wireName().toUpperCase()).append(" (").append(group.size()).append(")\n");
                group.forEach(v -> appendViolation(out, v));
            }
        }
        if (!exempted().isEmpty()) {
            out.append("\nEXEMPTED (").append(exempted().size()).append(")\n");
            exempted().forEach(v -> {
                appendViolation(out, v);
                out.append("      exempted: ").append(v.exemptionReason()).append('\n');
            });
        }
        if (!unmatchedExemptions.isEmpty()) {
            out.append("\nUNMATCHED EXEMPTIONS (").append(unmatchedExemptions.size()).append(")\n");
            unmatchedExemptions.forEach(u -> out.append("  ").append(u.message()).append('\n'));
        }
        if (skippedChecks > 0) {
            out.append("\n").append(skippedChecks).append(" checks skipped because a value is not known yet\n");
        }
        return out.toString();
    }

    private static void appendViolation(StringBuilder out, Violation v) {
        out.append("  [").append(v.severity().wireName()).append("] ").append(v.policyId())
                .append("  ").append(v.resourceType()).append("  ").append(v.resourceName()).append('\n')
                .append("      ").append(v.message()).append('\n')
                .append("      fix: ").append(v.fixHint()).append('\n');
    }
}
