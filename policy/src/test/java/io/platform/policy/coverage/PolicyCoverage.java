package io.platform.policy.coverage;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Control;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Framework;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyMetadata;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.StackPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * docs/policy-coverage.md, generated from the rules' metadata and the control catalogue
 * (security-hub-controls.tsv): every in-scope FSBP control with its applicability and the rules that
 * cover it, the CIS AWS Foundations v3.0.0 recommendations, the NIST SP 800-53 r5 and PCI DSS v4.0.1
 * requirements the rules reach, Pulumi's awsguard and compliance-policies rules, and the rules without
 * a public control.
 */
public final class PolicyCoverage {
    /** Counts of one framework: controls that apply to a program's inputs, and how many a rule covers. */
    public record Summary(Framework framework, int applicable, int covered, int coveredMandatory, String note) {
        public double percent() {
            return applicable == 0 ? 100.0 : 100.0 * covered / applicable;
        }
    }

    private final PolicyPack pack;
    private final Map<Control, List<Policy>> byControl = new TreeMap<>();

    public PolicyCoverage(PolicyPack pack) {
        this.pack = pack;
        for (Policy p : pack.policies()) {
            for (Control c : p.metadata().controls()) {
                byControl.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
            }
        }
    }

    public static PolicyCoverage ofPack() {
        return new PolicyCoverage(PlatformPolicyPack.create());
    }

    List<Policy> rules(Framework framework, String id) {
        return byControl.getOrDefault(new Control(framework, id), List.of());
    }

    private static boolean mandatory(Policy p) {
        return p.metadata().defaultLevel() != EnforcementLevel.ADVISORY;
    }

    public List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        List<SecurityHub.Entry> fsbp = SecurityHub.all().stream().filter(SecurityHub.Entry::fsbp).toList();
        List<SecurityHub.Entry> fsbpApplicable = fsbp.stream().filter(SecurityHub.Entry::decidableByIac).toList();
        out.add(new Summary(Framework.FSBP, fsbpApplicable.size(),
                (int) fsbpApplicable.stream().filter(e -> !rules(Framework.FSBP, e.id()).isEmpty()).count(),
                (int) fsbpApplicable.stream().filter(e -> rules(Framework.FSBP, e.id()).stream().anyMatch(PolicyCoverage::mandatory)).count(),
                fsbp.size() + " controls of the deployed services; " + (fsbp.size() - fsbpApplicable.size())
                        + " decided only at runtime"));

        Map<String, List<SecurityHub.Entry>> cis = cisRecommendations();
        Set<String> cisApplicable = new TreeSet<>();
        cis.forEach((rec, entries) -> {
            if (entries.stream().anyMatch(SecurityHub.Entry::decidableByIac)) {
                cisApplicable.add(rec);
            }
        });
        out.add(new Summary(Framework.CIS_AWS_V3, cisApplicable.size(),
                (int) cisApplicable.stream().filter(r -> !rules(Framework.CIS_AWS_V3, r).isEmpty()).count(),
                (int) cisApplicable.stream().filter(r -> rules(Framework.CIS_AWS_V3, r).stream().anyMatch(PolicyCoverage::mandatory)).count(),
                cis.size() + " recommendations checked by Security Hub's CIS v3.0.0 standard; "
                        + (cis.size() - cisApplicable.size()) + " decided only at runtime"));

        for (Framework f : List.of(Framework.NIST_800_53_R5, Framework.PCI_DSS_V4)) {
            boolean nist = f == Framework.NIST_800_53_R5;
            List<SecurityHub.Entry> recorded = SecurityHub.all().stream()
                    .filter(e -> nist ? e.nistRecorded() : e.pciRecorded()).toList();
            Set<String> applicable = new TreeSet<>();
            recorded.stream().filter(SecurityHub.Entry::decidableByIac).forEach(e -> applicable.addAll(nist ? e.nist() : e.pci()));
            int covered = (int) applicable.stream().filter(id -> !rules(f, id).isEmpty()).count();
            int coveredMandatory = (int) applicable.stream().filter(id -> rules(f, id).stream().anyMatch(PolicyCoverage::mandatory)).count();
            out.add(new Summary(f, applicable.size(), covered, coveredMandatory, "requirements related to the "
                    + recorded.size() + " of " + SecurityHub.all().size() + " catalogued Security Hub controls whose "
                    + (nist ? "NIST" : "PCI DSS v4.0.1") + " mapping is recorded so far (partial)"));
        }
        return out;
    }

    /** CIS v3.0.0 recommendation → the catalogued Security Hub controls that check it. */
    Map<String, List<SecurityHub.Entry>> cisRecommendations() {
        Map<String, List<SecurityHub.Entry>> out = new TreeMap<>(Comparator.comparing(PolicyCoverage::versionKey));
        for (SecurityHub.Entry e : SecurityHub.all()) {
            for (String rec : e.cis()) {
                out.computeIfAbsent(rec, k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    private static String versionKey(String id) {
        return java.util.Arrays.stream(id.split("\\.")).map(p -> String.format("%04d", Integer.parseInt(p)))
                .collect(Collectors.joining("."));
    }

    private static String ruleCell(List<Policy> rules) {
        if (rules.isEmpty()) {
            return "—";
        }
        return rules.stream().map(p -> {
            PolicyMetadata m = p.metadata();
            String level = m.productionOnly() ? "mandatory in production" : m.defaultLevel().wireName();
            return "`" + p.id() + "` (" + level + ", " + m.severity().wireName() + (p instanceof StackPolicy ? ", stack" : "") + ")";
        }).collect(Collectors.joining("<br>"));
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Policy coverage\n\n");
        md.append("Generated from the rules' metadata (`policy/src/main/java/io/platform/policy/rules`) and the control ")
                .append("catalogue (`policy/src/main/resources/io/platform/policy/rules/security-hub-controls.tsv`) by ")
                .append("`policy/src/test/java/io/platform/policy/coverage/PolicyCoverage.java`; `PolicyCoverageTest` fails ")
                .append("when this file is stale (it writes the current one to `policy/target/policy-coverage.md`).\n\n");
        md.append("A control is *applicable* when a program's declared inputs can decide it; runtime controls ")
                .append("(expiry dates, credential age, a person's MFA device) are listed with the reason. A rule's level is ")
                .append("its default; `policy/config/*.json` can raise it. Rules report each control under its own framework ")
                .append("(the analyzer's PolicyInfo.framework names the primary one; tags carry `fsbp:`, `cis-aws-v3.0.0:`, ")
                .append("`nist-800-53-r5:`, `pci-dss-v4.0.1:` and `securityhub:` ids).\n\n");

        md.append("## Summary\n\n| framework | applicable | covered | covered by a mandatory rule | scope |\n|---|---|---|---|---|\n");
        for (Summary s : summaries()) {
            md.append("| ").append(s.framework().title()).append(" | ").append(s.applicable()).append(" | ")
                    .append(s.covered()).append(String.format(" (%.1f %%)", s.percent())).append(" | ")
                    .append(s.coveredMandatory()).append(" | ").append(s.note()).append(" |\n");
        }
        long advisory = pack.policies().stream().filter(p -> !mandatory(p)).count();
        long stack = pack.policies().stream().filter(p -> p instanceof StackPolicy).count();
        md.append("\nRules: ").append(pack.policies().size()).append(" (").append(pack.policies().size() - stack)
                .append(" resource, ").append(stack).append(" stack; ").append(pack.policies().size() - advisory)
                .append(" mandatory by default, ").append(advisory).append(" advisory).\n\n");

        md.append("## AWS Foundational Security Best Practices v1.0.0\n\n| control | title | applicable | rules |\n|---|---|---|---|\n");
        for (SecurityHub.Entry e : SecurityHub.all()) {
            if (!e.fsbp()) {
                continue;
            }
            md.append("| [").append(e.id()).append("](").append(e.url()).append(") | ").append(escape(e.title())).append(" | ")
                    .append(e.decidableByIac() ? "yes" : "no: " + escape(e.notDecidableReason())).append(" | ")
                    .append(ruleCell(rules(Framework.FSBP, e.id()))).append(" |\n");
        }

        md.append("\n## Security Hub controls outside FSBP\n\nControls of Security Hub's CIS, NIST and PCI standards that ")
                .append("the rules cite or that CIS v3.0.0 holds.\n\n| control | title | standards | applicable | rules |\n|---|---|---|---|---|\n");
        for (SecurityHub.Entry e : SecurityHub.all()) {
            if (e.fsbp()) {
                continue;
            }
            md.append("| [").append(e.id()).append("](").append(e.url()).append(") | ").append(escape(e.title())).append(" | ")
                    .append(e.standard()).append(" | ").append(e.decidableByIac() ? "yes" : "no: " + escape(e.notDecidableReason()))
                    .append(" | ").append(ruleCell(rules(Framework.SECURITY_HUB, e.id()))).append(" |\n");
        }

        md.append("\n## CIS AWS Foundations Benchmark v3.0.0\n\n| recommendation | Security Hub controls | applicable | rules |\n|---|---|---|---|\n");
        cisRecommendations().forEach((rec, entries) -> md.append("| ").append(rec).append(" | ")
                .append(entries.stream().map(SecurityHub.Entry::id).collect(Collectors.joining(", "))).append(" | ")
                .append(entries.stream().anyMatch(SecurityHub.Entry::decidableByIac) ? "yes" : "no (runtime)").append(" | ")
                .append(ruleCell(rules(Framework.CIS_AWS_V3, rec))).append(" |\n"));
        Set<String> direct = new TreeSet<>();
        byControl.keySet().stream().filter(c -> c.framework() == Framework.CIS_AWS_V3 && !cisRecommendations().containsKey(c.id()))
                .forEach(c -> direct.add(c.id()));
        for (String rec : direct) {
            md.append("| ").append(rec).append(" | none (not in Security Hub's CIS standard) | yes | ")
                    .append(ruleCell(rules(Framework.CIS_AWS_V3, rec))).append(" |\n");
        }

        for (Framework f : List.of(Framework.NIST_800_53_R5, Framework.PCI_DSS_V4)) {
            md.append("\n## ").append(f.title()).append("\n\nRequirements reached through the Security Hub controls the rules ")
                    .append("cite (the mapping is AWS's \"Related requirements\"; recorded for part of the catalogue so far).\n\n")
                    .append("| requirement | rules |\n|---|---|\n");
            byControl.forEach((c, rules) -> {
                if (c.framework() == f) {
                    md.append("| ").append(c.id()).append(" | ").append(rules.stream().map(p -> "`" + p.id() + "`")
                            .collect(Collectors.joining(", "))).append(" |\n");
                }
            });
        }

        md.append("\n## Pulumi awsguard\n\n| awsguard rule | rules of this pack |\n|---|---|\n");
        ExternalRules.AWSGUARD.forEach((name, mapping) -> md.append("| `").append(name).append("` | ").append(mapping(mapping)).append(" |\n"));
        md.append("\n## Pulumi compliance-policies (AWS)\n\n| policy | rules of this pack |\n|---|---|\n");
        ExternalRules.COMPLIANCE_POLICIES.forEach((path, mapping) -> md.append("| `").append(ExternalRules.complianceName(path))
                .append("` | ").append(mapping(mapping)).append(" |\n"));

        md.append("\n## Rules without a public control\n\n| rule | level | why |\n|---|---|---|\n");
        for (Policy p : pack.policies()) {
            PolicyMetadata m = p.metadata();
            if (m.controls().isEmpty()) {
                md.append("| `").append(p.id()).append("` | ").append(m.productionOnly() ? "mandatory in production" : m.defaultLevel().wireName())
                        .append(" | ").append(escape(m.noControlReason())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String mapping(String mapping) {
        if (mapping.startsWith("n/a:")) {
            return "not applicable:" + mapping.substring(4);
        }
        List<String> ids = ExternalRules.ruleIds(mapping);
        String rest = mapping.contains("(") ? " " + mapping.substring(mapping.indexOf('(')) : "";
        return ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")) + rest;
    }

    public Map<String, String> unknownExternalRuleIds() {
        Set<String> ids = pack.policies().stream().map(Policy::id).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        List.of(ExternalRules.AWSGUARD, ExternalRules.COMPLIANCE_POLICIES).forEach(table -> table.forEach((name, mapping) ->
                ExternalRules.ruleIds(mapping).stream().filter(id -> !ids.contains(id)).forEach(id -> out.put(name, id))));
        return out;
    }
}
