package io.platform.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/** No secret-looking names among a container's plain environment values (they belong in {@code secrets}). */
public final class NoPlainSecrets {
    private NoPlainSecrets() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-no-plain-secrets")
                .description("No secret-looking names (PASSWORD, SECRET, TOKEN, KEY...) among plain environment values")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("ECS.8"))
                .types(ECS_TASK_DEFINITION)
                .setting(Setting.strings("secretNameTokens",
                        "Words that mark a variable name as a secret (name segments split on _ - .)",
                        List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDENTIALS"))
                        .nonEmpty().matching("each upper-case letters and digits",
                                v -> ((List<?>) v).stream().allMatch(t -> String.valueOf(t).matches("[A-Z0-9]+"))))
                .fix("Move the variable to secrets with valueFrom the Secrets Manager secret's ARN")
                .check((r, ctx) -> {
                    List<String> tokens = ctx.settings().strings("secretNameTokens");
                    for (Containers.Container c : Containers.of(r)) {
                        for (JsonNode variable : c.definition().path("environment")) {
                            String name = variable.path("name").asText("");
                            if (looksSecret(name, tokens)) {
                                // The value is never echoed: it may be the secret itself.
                                ctx.report(c.label() + ".environment has " + name + " as a plain value; "
                                        + "pass secrets through secrets (valueFrom a Secrets Manager ARN)");
                            }
                        }
                    }
                })
                .build();
    }

    static boolean looksSecret(String name, List<String> tokens) {
        for (String segment : name.toUpperCase(Locale.ROOT).split("[_\\-.]")) {
            if (tokens.contains(segment)) {
                return true;
            }
        }
        return false;
    }
}
