package io.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.OfflineEngine;
import io.platform.plan.RecordedResource;
import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stack's life under the real Pulumi CLI, the real Java language host and the real
 * policy-plugin loading, against a file backend and the simulated AWS provider (a test double):
 * preview with the policy pack, up, export, an idempotent re-preview, a one-key change, a
 * policy violation that blocks, and destroy. The steps run in order on one stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RealCliScenario {
    static final ObjectMapper JSON = new ObjectMapper();

    PulumiCli cli;
    /** The random values the stack's secrets were set to: none may appear in plain text anywhere. */
    java.util.Collection<String> secretValues;
    Path policyConfig;

    abstract String stack();

    /** The committed stack file the stack is created from. */
    Path committedStackFile() {
        return E2eWorkspace.repository().resolve("Pulumi." + stack() + ".yaml");
    }

    @BeforeAll
    void createStack() throws IOException {
        E2eWorkspace.Prepared prepared = E2eWorkspace.prepare(committedStackFile(), stack(),
                E2eWorkspace.repository().resolve("target/e2e").resolve(stack()), E2eWorkspace.cliPath());
        cli = prepared.cli();
        secretValues = prepared.secrets().values();
        assertThat(secretValues).isNotEmpty();
        policyConfig = E2eWorkspace.repository().resolve("policy/config/" + stack() + ".json");
    }

    static List<String> policyArgs(Path packConfig) {
        return List.of("--policy-pack", E2eWorkspace.repository().resolve("policy").toString(),
                "--policy-pack-config", packConfig.toString());
    }

    PulumiCli.Result preview(Path packConfig, String... extra) {
        List<String> args = new ArrayList<>(List.of("preview", "--stack", stack(), "--non-interactive", "--diff"));
        args.addAll(policyArgs(packConfig));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    /** The URNs the offline plan lists for the same committed stack file, without the stack and providers. */
    Set<String> offlinePlanUrns() {
        return offlinePlanUrns(committedStackFile(), stack());
    }

    static Set<String> offlinePlanUrns(Path stackFile, String stack) {
        RawConfig raw = RawConfig.fromStackFile(stackFile, "platform", stack);
        StackConfig config = StackConfigLoader.load(raw);
        Set<String> urns = new TreeSet<>();
        OfflineEngine.run(raw, config, SimulatedAwsProvider.ACCOUNT_ID).declared().stream()
                .filter(r -> !r.type().startsWith("pulumi:providers:"))
                .map(RecordedResource::urn).forEach(urns::add);
        return urns;
    }

    /** The resources a {@code pulumi preview --json} plans, without the stack and providers. */
    static Set<String> plannedUrns(JsonNode digest) {
        Set<String> planned = new TreeSet<>();
        digest.path("steps").forEach(step -> {
            String urn = step.path("urn").asText();
            // A provider made inside a component (us-east-1 for CloudFront) has the component's type before '$'.
            if (isResource(Urns.type(urn))) {
                planned.add(urn);
            }
        });
        return planned;
    }

    @Test
    @Order(1)
    void previewRunsThePolicyPackAndPlansWhatTheOfflinePlanLists() throws IOException {
        PulumiCli.Result result = preview(policyConfig, "--json").requireSuccess();
        JsonNode digest = JSON.readTree(result.stdout());
        assertThat(plannedUrns(digest)).containsExactlyInAnyOrderElementsOf(offlinePlanUrns());
        assertThat(digest.path("steps").findValuesAsText("op")).containsOnly("create");

        PulumiCli.Result human = preview(policyConfig).requireSuccess();
        assertThat(human.output()).contains(PlatformPolicyPack.NAME + "@v" + PlatformPolicyPack.VERSION).doesNotContain(secretValues);
    }

    @Test
    @Order(2)
    void upDeploysAndTheStateHoldsTheSameUrnsAndNoPlainSecret() throws IOException {
        List<String> args = new ArrayList<>(List.of("up", "--stack", stack(), "--yes", "--non-interactive"));
        args.addAll(policyArgs(policyConfig));
        PulumiCli.Result up = cli.run(args.toArray(String[]::new)).requireSuccess();
        assertThat(up.output()).doesNotContain(secretValues);

        String exported = cli.run("stack", "export", "--stack", stack()).requireSuccess().stdout();
        assertThat(exported).doesNotContain(secretValues).contains("\"ciphertext\"");
        Set<String> deployed = deployedUrns();
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(offlinePlanUrns());
    }

    @Test
    @Order(3)
    void aSecondPreviewHasNoChanges() {
        preview(policyConfig, "--expect-no-changes").requireSuccess();
    }

    /** One key, one kind of effect: the ECR lifecycle rule of every repository, nothing else. */
    @Test
    @Order(4)
    void aOneKeyConfigChangePreviewsAsExactlyItsUpdates() throws IOException {
        cli.run("config", "set", "--path", "platform:compute.ecrKeepImages", "12").requireSuccess();
        try {
            JsonNode digest = JSON.readTree(preview(policyConfig, "--json").requireSuccess().stdout());
            List<String> changed = new ArrayList<>();
            digest.path("steps").forEach(step -> {
                if (!step.path("op").asText().equals("same")) {
                    changed.add(step.path("op").asText() + " " + step.path("urn").asText().replaceAll(".*::", "")
                            + " " + step.path("diffReasons"));
                }
            });
            Set<String> repositories = new TreeSet<>();
            offlinePlanUrns().stream().filter(u -> u.contains("$aws:ecr/lifecyclePolicy:LifecyclePolicy::"))
                    .forEach(u -> repositories.add("update " + u.replaceAll(".*::", "") + " [\"policy\"]"));
            assertThat(repositories).isNotEmpty();
            assertThat(changed).containsExactlyInAnyOrderElementsOf(repositories);
        } finally {
            cli.run("config", "rm", "--path", "platform:compute.ecrKeepImages").requireSuccess();
        }
    }

    /** A pack config that asks more than the stack gives: the preview fails naming the rule and the resource. */
    @Test
    @Order(5)
    void aMandatoryViolationBlocksThePreview() throws IOException {
        Path stricter = cli.projectDir().resolve("stricter-policy.json");
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(policyConfig.toFile());
        config.putObject("rds-backup-retention").put("enforcementLevel", "mandatory")
                .put("minimumDays", 35).put("productionMinimumDays", 35);
        JSON.writeValue(stricter.toFile(), config);

        PulumiCli.Result result = preview(stricter);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("[mandatory]").contains("rds-backup-retention")
                .contains("aws:rds:Instance: platform-" + stack() + "-db");
    }

    /** The end of the stack's life; staging and production differ (protected resources). */
    abstract void destroy() throws IOException;

    @Test
    @Order(6)
    void destroyAtTheEnd() throws IOException {
        destroy();
    }

    PulumiCli.Result destroyCommand() {
        return cli.run("destroy", "--stack", stack(), "--yes", "--non-interactive", "--skip-preview");
    }

    /** The non-provider, non-stack resources left in the stack's state. */
    Set<String> deployedUrns() throws IOException {
        return deployedUrns(cli, stack());
    }

    /** The resources in the stack's state, without the stack and providers. */
    static Set<String> deployedUrns(PulumiCli cli, String stack) throws IOException {
        String exported = cli.run("stack", "export", "--stack", stack).requireSuccess().stdout();
        Set<String> urns = new TreeSet<>();
        JSON.readTree(exported).path("deployment").path("resources").forEach(r -> {
            if (isResource(r.path("type").asText())) {
                urns.add(r.path("urn").asText());
            }
        });
        return urns;
    }

    /** What the comparisons count: not the stack itself, not a provider. */
    private static boolean isResource(String type) {
        return !type.equals("pulumi:pulumi:Stack") && !type.startsWith("pulumi:providers:");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
