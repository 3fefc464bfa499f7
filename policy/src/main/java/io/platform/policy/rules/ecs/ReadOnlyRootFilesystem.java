package io.platform.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

/** Containers run with a read-only root filesystem. */
public final class ReadOnlyRootFilesystem {
    private ReadOnlyRootFilesystem() {
    }

    public static ResourcePolicy policy() {
        return Containers.rule("ecs-read-only-root-filesystem", (c, ctx) -> {
                    JsonNode v = c.definition().get("readonlyRootFilesystem");
                    if (v == null || !v.asBoolean(false)) {
                        ctx.report(c.label() + ".readonlyRootFilesystem is " + (v == null ? "not set" : v.asText())
                                + "; containers must run with a read-only root filesystem");
                    }
                })
                .description("Containers run with a read-only root filesystem")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.5"))
                .fix("Set readonlyRootFilesystem to true and mount a volume for paths the app writes")
                .build();
    }
}
