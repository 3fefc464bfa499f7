package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;
import static io.platform.policy.rules.AwsTypes.ECS_TASK_SET;

/**
 * Fargate services and task sets run on the latest platform version: unset or {@code LATEST}, or a
 * pinned version no older than the setting (1.4.0 for Linux, 1.0.0 for Windows' own line).
 */
public final class FargatePlatformVersion {
    private FargatePlatformVersion() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-fargate-platform-version")
                .description("Fargate services run on the latest platform version")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.10"))
                .types(ECS_SERVICE, ECS_TASK_SET)
                .setting(Setting.string("minimumLinuxVersion", "Oldest pinned Linux platform version allowed", "1.4.0")
                        .matching("a version such as 1.4.0", v -> String.valueOf(v).matches("[0-9]+\\.[0-9]+\\.[0-9]+")))
                .fix("Remove platformVersion (LATEST) or set it to LATEST")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    boolean fargate = p.string("launchType").orElse("").equals("FARGATE")
                            || p.maps("capacityProviderStrategies").stream()
                            .anyMatch(s -> s.string("capacityProvider").orElse("").startsWith("FARGATE"));
                    String version = p.nonBlank("platformVersion").orElse("LATEST");
                    if (!fargate || version.equals("LATEST") || version.startsWith("1.0")) {
                        return; // 1.0.x is the Windows line
                    }
                    String minimum = ctx.settings().string("minimumLinuxVersion");
                    if (compare(version, minimum) < 0) {
                        ctx.report("platformVersion is " + version + "; Fargate tasks must run on LATEST (at least "
                                + minimum + ")");
                    }
                })
                .build();
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length && x[i].matches("[0-9]+") ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length && y[i].matches("[0-9]+") ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }
}
