package io.platform.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.platform.plan.PlanCommand;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.platform.data.DataPlans.AURORA;
import static io.platform.data.DataPlans.REPLICATION_GROUP;
import static io.platform.data.DataPlans.SECRET_VERSION;
import static io.platform.data.DataPlans.isMarkedSecret;
import static io.platform.data.DataPlans.single;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input of any resource holds a plain password or token (SPEC §3.3: RDS manages the master
 * password; the Redis token comes from secret config), and the plan JSON never holds the
 * stack file's ciphertext.
 */
class DataSecretsScanTest {
    /** Keys that would carry a credential. {@code manageMasterUserPassword} is a switch, handled apart. */
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|passwd|authtoken|secretstring|apikey)(wo)?");
    private static final String TOKEN = "plain-redis-token-never-in-inputs-4242";

    private record Hit(String resource, String path, Object value) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void credentialInputsHoldNothingButSecrets(String stack) {
        assertOnlySecrets(plan(stack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void credentialInputsHoldNothingButSecretsInTheAuroraVariant(String stack) {
        assertOnlySecrets(DataPlans.aurora(stack));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aKnownTokenValueAppearsInNoInputAnywhere(String stack) {
        PlanResult plan = plan(withOverrides(stackFile(stack), Map.of("platform:redisAuthToken", TOKEN,
                "platform:data", AURORA)));
        assertOnlySecrets(plan);
        List<Hit> leaks = new ArrayList<>();
        for (RecordedResource r : plan.resources()) {
            walk(r.name(), "", r.inputValues(), (path, key, value) -> {
                if (value instanceof String s && s.contains(TOKEN)) {
                    leaks.add(new Hit(r.name(), path, s));
                }
            });
        }
        assertThat(leaks).isEmpty();
        // ...yet the token does reach the two resources that need it, marked secret.
        assertThat(isMarkedSecret(single(plan, REPLICATION_GROUP), "authToken")).isTrue();
        assertThat(isMarkedSecret(single(plan, SECRET_VERSION), "secretString")).isTrue();
        assertThat(single(plan, REPLICATION_GROUP).inputs().toString()).contains(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void thePlanJsonAndPrintoutNeverHoldTheCiphertext(String stack, @TempDir Path dir) throws Exception {
        JsonNode file = new YAMLMapper().readTree(Path.of("Pulumi." + stack + ".yaml").toFile());
        String ciphertext = file.at("/config/platform:redisAuthToken/secure").asText();
        assertThat(ciphertext).startsWith("v1:").hasSizeGreaterThan(40);
        String payload = ciphertext.substring(ciphertext.lastIndexOf(':') + 1);

        Path json = dir.resolve(stack + ".json");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--stack", stack, "--json", json.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String text = Files.readString(json);
        for (String printed : List.of(text, out.toString(StandardCharsets.UTF_8))) {
            assertThat(printed).doesNotContain(ciphertext).doesNotContain(payload);
        }
        // The document still shows where the token goes, masked.
        assertThat(text).contains("\"authToken\" : \"[secret]\"").contains("\"secretString\" : \"[secret]\"");
    }

    private static void assertOnlySecrets(PlanResult plan) {
        List<Hit> sensitive = new ArrayList<>();
        List<Hit> switches = new ArrayList<>();
        for (RecordedResource r : plan.resources()) {
            walk(r.name(), "", r.inputValues(), (path, key, value) -> {
                if (key.equals("manageMasterUserPassword")) {
                    switches.add(new Hit(r.name(), path, value));
                } else if (SENSITIVE.matcher(key).matches()) {
                    sensitive.add(new Hit(r.name(), path, value));
                }
            });
        }
        String prefix = "platform-" + plan.stack() + "-";
        // The scan must have found the two places the Redis token goes, or it proves nothing.
        assertThat(sensitive).extracting(Hit::resource, Hit::path).contains(
                org.assertj.core.groups.Tuple.tuple(prefix + "redis", "authToken"),
                org.assertj.core.groups.Tuple.tuple(prefix + "redis-auth-token-value", "secretString"));
        assertThat(sensitive).allSatisfy(h -> assertThat(h.value()).as(h.resource() + " " + h.path()).isEqualTo("[secret]"));
        assertThat(switches).isNotEmpty().allSatisfy(h -> assertThat(h.value()).isEqualTo(true));
        assertThat(sensitive).extracting(Hit::path).noneMatch(p -> p.matches("(?i).*password.*"));
    }

    private interface Visitor {
        void visit(String path, String key, Object value);
    }

    private static void walk(String resource, String path, Object value, Visitor visitor) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String child = path.isEmpty() ? String.valueOf(k) : path + "." + k;
                visitor.visit(child, String.valueOf(k), v);
                walk(resource, child, v, visitor);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String child = path + "[" + i + "]";
                visitor.visit(child, "", list.get(i));
                walk(resource, child, list.get(i), visitor);
            }
        }
    }
}
