package io.platform.policy.rules.cases;

import io.platform.policy.sdk.Policy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the case book, and holds every rule of the pack to a passing, a failing and an unknown case. */
class RuleCasesTest {
    static final List<Cases.Case> ALL = load();

    static List<Cases.Case> load() {
        Cases cases = new Cases();
        S3Cases.define(cases);
        RdsCases.define(cases);
        Ec2Cases.define(cases);
        ElbCases.define(cases);
        EcsCases.define(cases);
        CloudFrontCases.define(cases);
        IamCases.define(cases);
        WafCases.define(cases);
        AccountCases.define(cases);
        ServiceCases.define(cases);
        return cases.all();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHolds() {
        return ALL.stream().map(c -> {
            String name = c.policyId() + " " + c.kind() + " " + c.label();
            return DynamicTest.dynamicTest(name, () -> {
                try {
                    c.check().run();
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("[" + name + "] " + e.getMessage(), e);
                }
            });
        });
    }

    @Test
    void everyRuleHasAPassingAFailingAndAnUnknownCase() {
        Map<String, Set<Cases.Kind>> kinds = new LinkedHashMap<>();
        ALL.forEach(c -> kinds.computeIfAbsent(c.policyId(), k -> EnumSet.noneOf(Cases.Kind.class)).add(c.kind()));
        List<String> missing = new ArrayList<>();
        for (Policy p : Cases.PACK.policies()) {
            Set<Cases.Kind> has = kinds.getOrDefault(p.id(), Set.of());
            EnumSet<Cases.Kind> lacking = EnumSet.complementOf(has.isEmpty() ? EnumSet.noneOf(Cases.Kind.class) : EnumSet.copyOf(has));
            if (!lacking.isEmpty()) {
                missing.add(p.id() + " lacks " + lacking);
            }
        }
        assertThat(missing).isEmpty();
    }
}
