package io.platform.policy.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;
import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/**
 * ECS rules. Container settings live in the task definition's {@code containerDefinitions}
 * input, a JSON string: it is parsed once per resource and each container judged by name.
 */
public final class EcsRules {
    private static final Set<String> ROOT_USERS = Set.of("root", "0");

    private EcsRules() {
    }

    public static List<Policy> all() {
        return List.of(readOnlyRootFilesystem(), nonRootUser(), notPrivileged(), awslogs(), noPlainSecrets(),
                noPublicIp(), circuitBreaker(), execDisabledInProduction());
    }

    /** One container of a task definition and the label messages use, e.g. {@code containerDefinitions[api]}. */
    record Container(String label, JsonNode definition) {
    }

    static List<Container> containers(PolicyResource taskDefinition) {
        List<Container> out = new ArrayList<>();
        taskDefinition.properties().json("containerDefinitions").filter(JsonNode::isArray).ifPresent(defs -> {
            for (int i = 0; i < defs.size(); i++) {
                JsonNode c = defs.get(i);
                String name = c.path("name").asText("");
                out.add(new Container("containerDefinitions[" + (name.isEmpty() ? String.valueOf(i) : name) + "]", c));
            }
        });
        return out;
    }

    private static ResourcePolicy.Builder containerRule(String id, BiConsumer<Container, ResourceCheckContext> check) {
        return ResourcePolicy.builder(id)
                .types(ECS_TASK_DEFINITION)
                .check((r, ctx) -> containers(r).forEach(c -> check.accept(c, ctx)));
    }

    public static ResourcePolicy readOnlyRootFilesystem() {
        return containerRule("ecs-read-only-root-filesystem", (c, ctx) -> {
            JsonNode v = c.definition().get("readonlyRootFilesystem");
            if (v == null || !v.asBoolean(false)) {
                ctx.report(c.label() + ".readonlyRootFilesystem is " + (v == null ? "not set" : v.asText())
                        + "; containers must run with a read-only root filesystem");
            }
        })
                .description("Containers run with a read-only root filesystem")
                .severity(Severity.MEDIUM).controls("ECS.5")
                .fix("Set readonlyRootFilesystem to true and mount a volume for paths the app writes")
                .build();
    }

    public static ResourcePolicy nonRootUser() {
        return containerRule("ecs-non-root-user", (c, ctx) -> {
            String user = c.definition().path("user").asText("");
            String why = "; containers must run as a non-root user such as 1000:1000";
            if (user.isEmpty()) {
                ctx.report(c.label() + ".user is not set (runs as root)" + why);
            } else if (ROOT_USERS.contains(user.split(":")[0].toLowerCase(Locale.ROOT))) {
                ctx.report(c.label() + ".user is " + user + why);
            }
        })
                .description("Containers run as a non-root user")
                .severity(Severity.HIGH)
                .fix("Set user to 1000:1000 (a user the image defines)")
                .build();
    }

    public static ResourcePolicy notPrivileged() {
        return containerRule("ecs-not-privileged", (c, ctx) -> {
            if (c.definition().path("privileged").asBoolean(false)) {
                ctx.report(c.label() + ".privileged is true; containers must not run privileged");
            }
        })
                .description("Containers are not privileged")
                .severity(Severity.CRITICAL).controls("ECS.4")
                .fix("Remove privileged or set it to false")
                .build();
    }

    public static ResourcePolicy awslogs() {
        return ResourcePolicy.builder("ecs-awslogs")
                .description("Containers send their logs to CloudWatch Logs (awslogs driver)")
                .severity(Severity.MEDIUM).controls("ECS.9")
                .types(ECS_TASK_DEFINITION)
                .setting(Setting.strings("allowedLogDrivers", "Log drivers containers may use", List.of("awslogs")))
                .fix("Set logConfiguration with logDriver awslogs and the service's KMS-encrypted log group")
                .check((r, ctx) -> {
                    List<String> allowed = ctx.settings().strings("allowedLogDrivers");
                    for (Container c : containers(r)) {
                        JsonNode logging = c.definition().get("logConfiguration");
                        String why = "; containers must log through " + String.join(" or ", allowed);
                        if (logging == null || logging.isNull()) {
                            ctx.report(c.label() + ".logConfiguration is not set" + why);
                        } else if (!allowed.contains(logging.path("logDriver").asText(""))) {
                            ctx.report(c.label() + ".logConfiguration.logDriver is "
                                    + logging.path("logDriver").asText("not set") + why);
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy noPlainSecrets() {
        return ResourcePolicy.builder("ecs-no-plain-secrets")
                .description("No secret-looking names (PASSWORD, SECRET, TOKEN, KEY...) among plain environment values")
                .severity(Severity.CRITICAL).controls("ECS.8")
                .types(ECS_TASK_DEFINITION)
                .setting(Setting.strings("secretNameTokens",
                        "Words that mark a variable name as a secret (name segments split on _ - .)",
                        List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDENTIALS")))
                .fix("Move the variable to secrets with valueFrom the Secrets Manager secret's ARN")
                .check((r, ctx) -> {
                    List<String> tokens = ctx.settings().strings("secretNameTokens");
                    for (Container c : containers(r)) {
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

    public static ResourcePolicy noPublicIp() {
        return ResourcePolicy.builder("ecs-no-public-ip")
                .description("ECS services get no public IP")
                .severity(Severity.HIGH).controls("ECS.2")
                .types(ECS_SERVICE)
                .fix("Set networkConfiguration.assignPublicIp to false and use the private subnets")
                .check((r, ctx) -> {
                    if (r.properties().map("networkConfiguration").bool("assignPublicIp", false)) {
                        ctx.report("networkConfiguration.assignPublicIp is true; "
                                + "ECS services must run in private subnets without public IPs");
                    }
                })
                .build();
    }

    public static ResourcePolicy circuitBreaker() {
        return ResourcePolicy.builder("ecs-circuit-breaker")
                .description("ECS deployments stop and roll back failing releases")
                .severity(Severity.MEDIUM)
                .types(ECS_SERVICE)
                .fix("Set deploymentCircuitBreaker with enable true and rollback true")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String controller = p.map("deploymentController").string("type").orElse("ECS");
                    if (!controller.equals("ECS")) {
                        return; // CODE_DEPLOY and EXTERNAL controllers have their own rollback
                    }
                    String why = "ECS deployments must stop and roll back failing releases";
                    PropertyMap breaker = p.map("deploymentCircuitBreaker");
                    Checks.requireTrue(breaker, "enable", "deploymentCircuitBreaker.enable", ctx, why);
                    Checks.requireTrue(breaker, "rollback", "deploymentCircuitBreaker.rollback", ctx, why);
                })
                .build();
    }

    public static ResourcePolicy execDisabledInProduction() {
        return ResourcePolicy.builder("ecs-exec-disabled-in-production")
                .description("ECS Exec is off in production")
                .severity(Severity.MEDIUM)
                .types(ECS_SERVICE)
                .productionOnly()
                .fix("Set enableExecuteCommand to false for production stacks")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "enableExecuteCommand", ctx,
                        "ECS Exec must be off in production"))
                .build();
    }
}
