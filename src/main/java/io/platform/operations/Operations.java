package io.platform.operations;

import com.pulumi.aws.backup.Plan;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * Operations tier (SPEC §3.6): backups (copied to the DR region when there is one), dev
 * auto-shutdown when enabled, and cost controls.
 */
public final class Operations extends ComponentResource {
    public Operations(String name, OperationsArgs args, ComponentResourceOptions options) {
        super("platform:operations:Operations", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Plan plan = Backups.declare(args, child);
        if (args.config().autoShutdown()) {
            AutoShutdown.declare(args, child);
        }
        CostControls.declare(args, child);
        registerOutputs(Map.of("backupPlanId", plan.id()));
    }
}
