package io.platform.plan;

import io.platform.testing.StackFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployed stacks keep their resources: every URN the staging and production plans had before the
 * workload blocks arrived ({@code src/test/resources/urns/<stack>.txt}, from the plan of that commit)
 * is still a resource's URN, or an alias of one — which the engine maps instead of replacing. The
 * services' children moved under {@code platform:compute:FargateService} and are found by alias.
 * A resource removed on purpose is listed in {@code urns/retired.txt} with the reason; the engine
 * deletes it on the next update.
 */
class UrnStabilityTest {
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyDeployedUrnIsStillAResourceOrAnAlias(String stack) throws IOException {
        List<String> before = Files.readAllLines(Path.of("src/test/resources/urns/" + stack + ".txt"));
        Set<String> retired = retired();
        PlanResult plan = StackFixture.plan(stack);
        Set<String> known = new HashSet<>();
        Set<String> aliased = new HashSet<>();
        for (RecordedResource r : plan.declared()) {
            known.add(r.urn());
            aliased.addAll(r.aliases());
        }
        assertThat(before).hasSizeGreaterThan(200);
        assertThat(retired).as("retired URNs still planned").noneMatch(known::contains);
        assertThat(before).filteredOn(urn -> !retired.contains(urn))
                .allSatisfy(urn -> assertThat(known.contains(urn) || aliased.contains(urn))
                .as(urn + " is neither a resource nor an alias of one").isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theServicesChildrenNameTheComputeTierAsTheirFormerParent(String stack) {
        PlanResult plan = StackFixture.plan(stack);
        RecordedResource service = StackFixture.named(plan, "platform-" + stack + "-api");
        assertThat(service.urn()).isEqualTo("urn:pulumi:" + stack + "::platform::platform:compute:Compute"
                + "$platform:compute:FargateService$aws:ecs/service:Service::platform-" + stack + "-api");
        assertThat(service.aliases()).containsExactly("urn:pulumi:" + stack + "::platform::platform:compute:Compute"
                + "$aws:ecs/service:Service::platform-" + stack + "-api");
    }

    /** {@code <urn> # reason} lines; a retired URN must really be gone, not merely renamed. */
    private static Set<String> retired() throws IOException {
        Set<String> retired = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/urns/retired.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).as("a retired URN needs its reason after ' # '").contains(" # ");
                retired.add(line.substring(0, line.indexOf(" # ")).strip());
            }
        }
        return retired;
    }
}
