package io.platform.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/**
 * The containers of a task definition: {@code containerDefinitions} is a JSON string, parsed once per
 * resource; each container is judged by name.
 */
final class Containers {
    private Containers() {
    }

    /** One container and the label messages use, e.g. {@code containerDefinitions[api]}. */
    record Container(String label, JsonNode definition) {
    }

    static List<Container> of(PolicyResource taskDefinition) {
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

    /** A task-definition rule that judges each container. */
    static ResourcePolicy.Builder rule(String id, BiConsumer<Container, ResourceCheckContext> check) {
        return ResourcePolicy.builder(id)
                .types(ECS_TASK_DEFINITION)
                .check((r, ctx) -> of(r).forEach(c -> check.accept(c, ctx)));
    }

    static boolean runsAsRoot(JsonNode container) {
        String user = container.path("user").asText("");
        String who = user.split(":")[0].toLowerCase(java.util.Locale.ROOT);
        return user.isEmpty() || who.equals("root") || who.equals("0");
    }
}
