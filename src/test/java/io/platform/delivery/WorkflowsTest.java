package io.platform.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions workflows (SPEC §3.7), parsed as YAML and checked for the properties the
 * delivery depends on: triggers, the policy pack on every preview and update, OIDC-only AWS
 * access with {@code id-token: write} exactly where a role is assumed, least-privilege
 * permissions, one update per stack at a time, the protected production environment, and the
 * README's test command. Every file under {@code .github/workflows} is checked, not just the
 * two known ones.
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String AWS_CREDENTIALS_ACTION = "aws-actions/configure-aws-credentials";
    private static final String PULUMI_ACTION = "pulumi/actions";
    private static final Pattern PULUMI_RUN = Pattern.compile("\\bpulumi\\s+(preview|up|update)\\b");
    private static final Pattern PINNED = Pattern.compile(
            "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40})");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\{\\s*vars\\.([A-Z][A-Z0-9_]*)\\s*}}");
    private static final List<String> STACKS = List.of("staging", "production");

    private static Map<Path, String> texts;
    private static Map<Path, JsonNode> workflows;

    /** One Pulumi operation found in a workflow: the job, the step, the command and the stacks it targets. */
    private record PulumiStep(Path file, String job, JsonNode jobNode, int index, JsonNode step, String command,
                              List<String> stacks, boolean matrix) {
        String where() {
            return file.getFileName() + " job " + job + " step " + index;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        texts = new LinkedHashMap<>();
        workflows = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                texts.put(file, Files.readString(file));
                workflows.put(file, YAML.readTree(file.toFile()));
            }
        }
    }

    private static JsonNode workflow(String fileName) {
        JsonNode node = workflows.get(WORKFLOWS.resolve(fileName));
        assertThat(node).as(fileName + " exists").isNotNull();
        return node;
    }

    @Test
    void thereAreThePullRequestAndDeployWorkflowsAndEveryFileIsAWorkflow() {
        assertThat(workflows.keySet()).extracting(p -> p.getFileName().toString())
                .contains("pull-request.yml", "deploy.yml");
        workflows.forEach((file, wf) -> {
            assertThat(wf.path("name").asText()).as(file + " name").isNotBlank();
            assertThat(wf.has("on")).as(file + " has triggers under 'on'").isTrue();
            assertThat(wf.path("jobs").isObject() && wf.path("jobs").size() > 0).as(file + " has jobs").isTrue();
        });
    }

    @Test
    void triggers() {
        JsonNode pr = workflow("pull-request.yml").get("on");
        assertThat(fieldNames(pr)).containsExactly("pull_request");
        assertThat(texts(pr.path("pull_request").path("branches"))).containsExactly("main");

        JsonNode deploy = workflow("deploy.yml").get("on");
        assertThat(fieldNames(deploy)).containsExactlyInAnyOrder("push", "workflow_dispatch");
        assertThat(texts(deploy.path("push").path("branches"))).containsExactly("main");
    }

    @Test
    void topLevelPermissionsAreReadOnlyContents() {
        workflows.forEach((file, wf) -> {
            assertThat(wf.has("permissions")).as(file + " declares top-level permissions").isTrue();
            assertThat(fieldNames(wf.get("permissions"))).as(file.toString()).containsExactly("contents");
            assertThat(wf.at("/permissions/contents").asText()).as(file.toString()).isEqualTo("read");
        });
    }

    @Test
    void idTokenWriteExactlyOnJobsThatAssumeAnAwsRole() {
        List<String> checked = new ArrayList<>();
        forEachJob((file, name, job) -> {
            boolean assumesRole = steps(job).stream().anyMatch(s -> uses(s).startsWith(AWS_CREDENTIALS_ACTION + "@"));
            String idToken = job.path("permissions").path("id-token").asText("");
            assertThat(idToken).as(file + " job " + name + " id-token").isEqualTo(assumesRole ? "write" : "");
            if (assumesRole) {
                checked.add(name);
            }
            job.path("permissions").fields().forEachRemaining(p -> assertThat(p.getValue().asText())
                    .as(file + " job " + name + " permission " + p.getKey()).isIn("read", "write", "none"));
            if (job.has("permissions")) {
                assertThat(job.at("/permissions/contents").asText()).as(file + " job " + name + " contents")
                        .isEqualTo("read");
            }
        });
        assertThat(checked).as("jobs that assume an AWS role").contains("preview", "staging", "production");
    }

    @Test
    void awsAccessIsOidcOnlyWithARoleFromVariables() {
        workflows.keySet().forEach(file -> {
            String lower = texts.get(file).toLowerCase(Locale.ROOT);
            for (String forbidden : List.of("aws-access-key-id", "aws-secret-access-key", "aws_access_key_id",
                    "aws_secret_access_key", "aws-session-token", "aws_session_token")) {
                assertThat(lower).as(file + " must not mention " + forbidden).doesNotContain(forbidden);
            }
        });
        Map<String, Set<String>> roleVariablesByCommand = new LinkedHashMap<>();
        forEachJob((file, name, job) -> {
            for (JsonNode step : steps(job)) {
                if (!uses(step).startsWith(AWS_CREDENTIALS_ACTION + "@")) {
                    continue;
                }
                JsonNode with = step.path("with");
                assertThat(fieldNames(with)).as(file + " job " + name + " credentials inputs")
                        .contains("role-to-assume", "aws-region")
                        .doesNotContain("aws-access-key-id", "aws-secret-access-key", "web-identity-token-file");
                Matcher role = VARIABLE.matcher(with.path("role-to-assume").asText());
                assertThat(role.matches()).as(file + " job " + name + " role-to-assume comes from a variable: "
                        + with.path("role-to-assume").asText()).isTrue();
                pulumiSteps(file, name, job).forEach(p -> roleVariablesByCommand
                        .computeIfAbsent(p.command(), c -> new TreeSet<>()).add(role.group(1)));
            }
        });
        // Previews and updates use different roles: a pull request never gets the role that changes AWS.
        assertThat(roleVariablesByCommand).containsOnlyKeys("preview", "up");
        assertThat(roleVariablesByCommand.get("preview")).doesNotContainAnyElementsOf(roleVariablesByCommand.get("up"));
    }

    @Test
    void pullRequestsWriteOnlyWhereThePreviewIsCommented() {
        forEachJob((file, name, job) -> {
            boolean comments = steps(job).stream().anyMatch(s -> uses(s).startsWith(PULUMI_ACTION + "@")
                    && s.at("/with/comment-on-pr").asBoolean(false));
            assertThat(job.path("permissions").path("pull-requests").asText(""))
                    .as(file + " job " + name + " pull-requests").isEqualTo(comments ? "write" : "");
        });
        JsonNode preview = workflow("pull-request.yml").at("/jobs/preview");
        assertThat(steps(preview)).filteredOn(s -> uses(s).startsWith(PULUMI_ACTION + "@"))
                .allSatisfy(s -> assertThat(s.at("/with/comment-on-pr").asBoolean()).isTrue());
    }

    @Test
    void everyPreviewAndUpdateRunsThePolicyPackBuiltBeforeIt() {
        List<PulumiStep> all = allPulumiSteps();
        assertThat(all).isNotEmpty();
        for (PulumiStep p : all) {
            String configFile = "policy/config/" + (p.matrix() ? "${{ matrix.stack }}" : p.stacks().get(0)) + ".json";
            if (uses(p.step()).startsWith(PULUMI_ACTION + "@")) {
                assertThat(p.step().at("/with/policyPacks").asText()).as(p.where() + " policyPacks").isEqualTo("policy");
                assertThat(p.step().at("/with/policyPackConfigs").asText()).as(p.where() + " policyPackConfigs")
                        .isEqualTo(configFile);
            } else {
                String run = p.step().path("run").asText();
                assertThat(run).as(p.where()).contains("--policy-pack policy")
                        .contains("--policy-pack-config " + configFile);
            }
            List<JsonNode> before = steps(p.jobNode()).subList(0, p.index());
            assertThat(before).as(p.where() + ": the program's jar (Pulumi.yaml's binary) is built first")
                    .anySatisfy(s -> assertThat(s.path("run").asText().strip())
                            .endsWith("mvn -B package -DskipTests"));
        }
        for (String stack : STACKS) {
            String config = "policy/config/" + stack + ".json";
            assertThat(Files.isRegularFile(Path.of(config))).as(config + " exists").isTrue();
        }
    }

    @Test
    void previewsCoverBothStacksOnPullRequestsAndUpdatesRunStagingThenProduction() {
        List<PulumiStep> previews = pulumiSteps(WORKFLOWS.resolve("pull-request.yml")).stream()
                .filter(p -> p.command().equals("preview")).toList();
        assertThat(previews.stream().flatMap(p -> p.stacks().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(STACKS);
        assertThat(pulumiSteps(WORKFLOWS.resolve("pull-request.yml"))).allMatch(p -> p.command().equals("preview"));

        List<PulumiStep> ups = pulumiSteps(WORKFLOWS.resolve("deploy.yml"));
        assertThat(ups).extracting(PulumiStep::command).containsOnly("up");
        Map<String, String> jobByStack = new LinkedHashMap<>();
        ups.forEach(p -> p.stacks().forEach(s -> jobByStack.put(s, p.job())));
        assertThat(jobByStack).containsOnlyKeys(STACKS);
        JsonNode jobs = workflow("deploy.yml").get("jobs");
        assertThat(texts(jobs.path(jobByStack.get("production")).path("needs")))
                .as("production waits for staging").contains(jobByStack.get("staging"));
        assertThat(texts(jobs.path(jobByStack.get("staging")).path("needs"))).as("staging waits for the tests")
                .contains("test");
        for (String job : jobByStack.values()) {
            assertThat(jobs.path(job).path("if").asText()).as("job " + job + " only deploys main")
                    .contains("github.ref == 'refs/heads/main'");
        }
        // Updates are never skipped for a missing variable: the role and the stack are fixed per job.
        ups.forEach(p -> assertThat(p.matrix()).as(p.where() + " names its stack").isFalse());
    }

    @Test
    void productionIsBoundToTheProtectedProductionEnvironment() {
        for (PulumiStep p : allPulumiSteps()) {
            if (!p.command().equals("up")) {
                continue;
            }
            String stack = p.stacks().get(0);
            assertThat(environment(p.jobNode())).as(p.where() + " environment").isEqualTo(stack);
        }
        // No other job may use the production environment (its variables hold the production role).
        forEachJob((file, name, job) -> {
            boolean deploysProduction = pulumiSteps(file, name, job).stream()
                    .anyMatch(p -> p.command().equals("up") && p.stacks().contains("production"));
            if (!deploysProduction) {
                assertThat(environment(job)).as(file + " job " + name).isNotEqualTo("production");
            }
        });
    }

    @Test
    void oneOperationPerStackAtATimeAndDeploysAreNeverCancelled() {
        Set<String> upGroups = new TreeSet<>();
        for (PulumiStep p : allPulumiSteps()) {
            JsonNode concurrency = p.jobNode().path("concurrency");
            String group = concurrency.isTextual() ? concurrency.asText() : concurrency.path("group").asText();
            assertThat(group).as(p.where() + " has a job-level concurrency group").isNotBlank();
            if (p.matrix()) {
                assertThat(group).as(p.where()).containsPattern("\\$\\{\\{\\s*matrix\\.stack\\s*}}");
            } else {
                assertThat(group).as(p.where()).contains(p.stacks().get(0));
            }
            if (p.command().equals("up")) {
                assertThat(concurrency.path("cancel-in-progress").isBoolean()
                        && !concurrency.path("cancel-in-progress").asBoolean())
                        .as(p.where() + " cancel-in-progress: false").isTrue();
                // The same group for every run of the stack: nothing run-, commit- or branch-specific in it.
                assertThat(group).as(p.where()).doesNotContain("${{");
                assertThat(upGroups.add(group)).as("each stack has its own group: " + group).isTrue();
            }
        }
        assertThat(upGroups).hasSize(STACKS.size());
    }

    @Test
    void theTestStepRunsExactlyTheReadmeTestCommand() throws IOException {
        String command = readmeTestCommand();
        assertThat(command).isEqualTo("mvn -B -f policy/pom.xml verify && mvn -B verify");
        workflows.forEach((file, wf) -> {
            List<JsonNode> testSteps = new ArrayList<>();
            wf.path("jobs").forEach(job -> steps(job).stream()
                    .filter(s -> s.path("run").asText().contains("verify")).forEach(testSteps::add));
            assertThat(testSteps).as(file + " runs the README's tests").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.path("run").asText().strip()).isEqualTo(command));
        });
        // Nothing deploys or previews before the tests pass.
        for (PulumiStep p : allPulumiSteps()) {
            assertThat(needsTransitively(workflows.get(p.file()), p.job())).as(p.where()).contains("test");
        }
    }

    @Test
    void offlinePlansOfBothStacksAreUploadedOnPullRequests() {
        JsonNode job = workflow("pull-request.yml").at("/jobs/offline-plan");
        assertThat(texts(job.at("/strategy/matrix/stack"))).containsExactlyInAnyOrderElementsOf(STACKS);
        assertThat(steps(job)).anySatisfy(s -> assertThat(s.path("run").asText())
                .contains("exec:java -Dexec.args=\"plan --stack ${{ matrix.stack }} --json target/plan-${{ matrix.stack }}.json"));
        assertThat(steps(job)).anySatisfy(s -> {
            assertThat(uses(s)).startsWith("actions/upload-artifact@");
            assertThat(s.at("/with/path").asText()).contains("target/plan-${{ matrix.stack }}.json");
            assertThat(s.path("if").asText()).isEqualTo("always()");
        });
        assertThat(job.has("permissions")).as("the offline plan needs no extra permission").isFalse();
    }

    @Test
    void actionsArePinnedToAVersion() {
        forEachJob((file, name, job) -> steps(job).stream().map(WorkflowsTest::uses).filter(u -> !u.isEmpty())
                .forEach(u -> assertThat(u).as(file + " job " + name).matches(PINNED)));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The line after "# 1. Run every test" in the README's set-up block. */
    static String readmeTestCommand() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).strip().startsWith("# 1. Run every test")) {
                return lines.get(i + 1).strip();
            }
        }
        throw new AssertionError("README.md has no '# 1. Run every test' line");
    }

    private interface JobVisitor {
        void visit(Path file, String name, JsonNode job);
    }

    private static void forEachJob(JobVisitor visitor) {
        workflows.forEach((file, wf) -> wf.path("jobs").fields()
                .forEachRemaining(e -> visitor.visit(file, e.getKey(), e.getValue())));
    }

    private static List<PulumiStep> allPulumiSteps() {
        List<PulumiStep> all = new ArrayList<>();
        workflows.keySet().forEach(file -> all.addAll(pulumiSteps(file)));
        return all;
    }

    private static List<PulumiStep> pulumiSteps(Path file) {
        List<PulumiStep> found = new ArrayList<>();
        workflows.get(file).path("jobs").fields()
                .forEachRemaining(e -> found.addAll(pulumiSteps(file, e.getKey(), e.getValue())));
        return found;
    }

    /** Steps that preview or update a stack, through pulumi/actions or a {@code run:} of the CLI. */
    private static List<PulumiStep> pulumiSteps(Path file, String name, JsonNode job) {
        List<PulumiStep> found = new ArrayList<>();
        List<JsonNode> steps = steps(job);
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String command;
            String stack;
            if (uses(step).startsWith(PULUMI_ACTION + "@")) {
                command = step.at("/with/command").asText();
                stack = step.at("/with/stack-name").asText();
            } else {
                Matcher m = PULUMI_RUN.matcher(step.path("run").asText());
                if (!m.find()) {
                    continue;
                }
                command = m.group(1).equals("update") ? "up" : m.group(1);
                Matcher s = Pattern.compile("--stack[ =](\\S+)").matcher(step.path("run").asText());
                stack = s.find() ? s.group(1) : "";
            }
            if (!command.equals("preview") && !command.equals("up")) {
                continue;
            }
            boolean matrix = stack.matches("\\$\\{\\{\\s*matrix\\.stack\\s*}}");
            List<String> stacks = matrix ? texts(job.at("/strategy/matrix/stack")) : List.of(stack);
            assertThat(stacks).as(file + " job " + name + " step " + i + " targets known stacks")
                    .isNotEmpty().allMatch(STACKS::contains);
            found.add(new PulumiStep(file, name, job, i, step, command, stacks, matrix));
        }
        return found;
    }

    private static Set<String> needsTransitively(JsonNode wf, String job) {
        Set<String> all = new TreeSet<>();
        List<String> todo = new ArrayList<>(texts(wf.path("jobs").path(job).path("needs")));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (all.add(next)) {
                todo.addAll(texts(wf.path("jobs").path(next).path("needs")));
            }
        }
        return all;
    }

    private static String environment(JsonNode job) {
        JsonNode env = job.path("environment");
        return env.isTextual() ? env.asText() : env.path("name").asText("");
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        job.path("steps").forEach(steps::add);
        return steps;
    }

    private static String uses(JsonNode step) {
        return step.path("uses").asText("");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A scalar or a list of scalars as strings. */
    private static List<String> texts(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(n -> values.add(n.asText()));
            return values;
        }
        return List.of(node.asText());
    }
}
