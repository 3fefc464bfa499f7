package io.platform.operations;

import com.pulumi.aws.appautoscaling.ScheduledAction;
import com.pulumi.aws.appautoscaling.ScheduledActionArgs;
import com.pulumi.aws.appautoscaling.inputs.ScheduledActionScalableTargetActionArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.scheduler.Schedule;
import com.pulumi.aws.scheduler.ScheduleArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleFlexibleTimeWindowArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.OperationsConfig;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;

import java.util.Map;

/**
 * Dev auto-shutdown (SPEC §3.6): at 20:00 New York time every service scales to zero and the
 * database stops; at 08:00 both come back. ECS uses scheduled scaling; the database uses
 * EventBridge Scheduler's universal targets, which call the RDS API directly.
 */
final class AutoShutdown {
    static final String STOP = "cron(0 " + OperationsConfig.SHUTDOWN_HOUR + " * * ? *)";
    static final String START = "cron(0 " + OperationsConfig.STARTUP_HOUR + " * * ? *)";

    private AutoShutdown() {
    }

    static void declare(OperationsArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        for (OperationsArgs.Service service : args.services()) {
            scale(naming, service.name() + "-night", service.scalableResourceId(), STOP, 0, 0, child);
            scale(naming, service.name() + "-morning", service.scalableResourceId(), START, service.min(), service.max(),
                    child);
        }

        var db = args.database();
        String api = db.cluster() ? "Cluster" : "Instance";
        String idKey = db.cluster() ? "DbClusterIdentifier" : "DbInstanceIdentifier";
        Role role = new Role(naming.name("db-scheduler-role"), RoleArgs.builder()
                .description("EventBridge Scheduler stops and starts " + naming.name("db") + " out of hours")
                .assumeRolePolicy(TrustPolicies.service("SchedulerAssume", "scheduler.amazonaws.com",
                        args.account().accountId()))
                .tags(naming.tags("db-scheduler-role"))
                .build(), child);
        new RolePolicy(naming.name("db-scheduler-stop-start"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(db.arn().applyValue(arn -> PolicyDocument.create()
                        .statement(Statement.allow("StopStartDatabase")
                                .actions("rds:StopDB" + api, "rds:StartDB" + api).resources(arn))
                        .toJson()))
                .build(), child);
        schedule(naming, "db-stop", STOP, "stopDB" + api, idKey, db.identifier(), role, child);
        schedule(naming, "db-start", START, "startDB" + api, idKey, db.identifier(), role, child);
    }

    private static void scale(Naming naming, String name, Output<String> resourceId, String cron, int min, int max,
                              CustomResourceOptions child) {
        new ScheduledAction(naming.name(name), ScheduledActionArgs.builder()
                .name(naming.name(name))
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(resourceId)
                .schedule(cron)
                .timezone(OperationsConfig.SHUTDOWN_TIMEZONE)
                .scalableTargetAction(ScheduledActionScalableTargetActionArgs.builder()
                        .minCapacity(min).maxCapacity(max).build())
                .build(), child);
    }

    private static void schedule(Naming naming, String name, String cron, String action, String idKey,
                                 Output<String> identifier, Role role, CustomResourceOptions child) {
        new Schedule(naming.name(name), ScheduleArgs.builder()
                .name(naming.name(name))
                .scheduleExpression(cron)
                .scheduleExpressionTimezone(OperationsConfig.SHUTDOWN_TIMEZONE)
                .flexibleTimeWindow(ScheduleFlexibleTimeWindowArgs.builder().mode("OFF").build())
                .target(ScheduleTargetArgs.builder()
                        .arn("arn:aws:scheduler:::aws-sdk:rds:" + action)
                        .roleArn(role.arn())
                        .input(identifier.applyValue(id -> CostControls.json(Map.of(idKey, id))))
                        .build())
                .build(), child);
    }
}
