package io.platform.functions;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.lambda.EventSourceMapping;
import com.pulumi.aws.lambda.EventSourceMappingArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.FunctionConfig;
import io.platform.config.Naming;
import io.platform.json.StableJson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What invokes a function: EventBridge rules (schedules and event patterns) with a target and an
 * invoke permission limited to that rule, an SQS queue of its own polled by an event-source mapping
 * (failures land in the DLQ after five receives), SNS subscriptions with a permission limited to the
 * topic, and the S3 permission a bucket notification needs (the notification itself is per bucket,
 * in {@link BucketNotifications}).
 */
final class Triggers {
    /** AWS's guidance: a source queue hides a message six times the function's timeout. */
    static final int VISIBILITY_TIMEOUT_FACTOR = 6;
    static final int MAX_RECEIVES = 5;
    static final int QUEUE_RETENTION_SECONDS = 4 * 24 * 3600;
    /** SQS reuses a data key for five minutes: fewer KMS calls, same key. */
    static final int KMS_REUSE_SECONDS = 300;

    private Triggers() {
    }

    /** A KMS-encrypted queue; with {@code deadLetterArn}, messages received five times move there. */
    static Queue queue(Naming naming, String name, Output<String> keyArn, int retentionSeconds, int visibilitySeconds,
                       Output<String> deadLetterArn, CustomResourceOptions child) {
        var queue = QueueArgs.builder()
                .name(naming.name(name))
                .kmsMasterKeyId(keyArn)
                .kmsDataKeyReusePeriodSeconds(KMS_REUSE_SECONDS)
                .messageRetentionSeconds(retentionSeconds)
                .visibilityTimeoutSeconds(visibilitySeconds)
                .tags(naming.tags(name));
        if (deadLetterArn != null) {
            queue.redrivePolicy(deadLetterArn.applyValue(arn -> StableJson.write(Map.of(
                    "deadLetterTargetArn", arn, "maxReceiveCount", MAX_RECEIVES))));
        }
        return new Queue(naming.name(name), queue.build(), child);
    }

    /** Trigger name → the queue of each {@code sqs} trigger. */
    static Map<String, Queue> queues(LambdaFunctionArgs args, Queue deadLetter, CustomResourceOptions child) {
        Map<String, Queue> queues = new LinkedHashMap<>();
        FunctionConfig config = args.config();
        for (FunctionConfig.Trigger trigger : config.triggers()) {
            if (trigger instanceof FunctionConfig.Queue) {
                queues.put(trigger.name(), queue(args.naming(), config.name() + "-" + trigger.name() + "-queue",
                        args.keys().dataKeyArn(), QUEUE_RETENTION_SECONDS,
                        Math.min(43_200, VISIBILITY_TIMEOUT_FACTOR * config.timeoutSeconds()), deadLetter.arn(), child));
            }
        }
        return queues;
    }

    static void wire(LambdaFunctionArgs args, Function function, Map<String, Queue> queues, CustomResourceOptions child) {
        Naming naming = args.naming();
        String fn = args.config().name();
        for (FunctionConfig.Trigger trigger : args.config().triggers()) {
            String name = fn + "-" + trigger.name();
            if (trigger instanceof FunctionConfig.Schedule s) {
                rule(naming, name, function, EventRuleArgs.builder().scheduleExpression(s.expression())
                        .description("Invokes " + naming.name(fn) + ": " + s.expression()), child);
            } else if (trigger instanceof FunctionConfig.EventPattern p) {
                rule(naming, name, function, EventRuleArgs.builder().eventPattern(p.patternJson())
                        .description("Invokes " + naming.name(fn) + " on matching events"), child);
            } else if (trigger instanceof FunctionConfig.Queue q) {
                new EventSourceMapping(naming.name(name + "-mapping"), EventSourceMappingArgs.builder()
                        .eventSourceArn(queues.get(q.name()).arn())
                        .functionName(function.arn())
                        .batchSize(q.batchSize())
                        .enabled(true)
                        .tags(naming.tags(name + "-mapping"))
                        .build(), child);
            } else if (trigger instanceof FunctionConfig.Topic t) {
                Output<String> topic = t.topic().equals(FunctionConfig.Topic.ALERTS) ? args.alertTopicArn()
                        : Output.of(t.topic());
                Permission allow = permission(naming, name + "-invoke", function, "sns.amazonaws.com", topic, child);
                new TopicSubscription(naming.name(name + "-subscription"), TopicSubscriptionArgs.builder()
                        .topic(topic)
                        .protocol("lambda")
                        .endpoint(function.arn())
                        .build(), CustomResourceOptions.builder().parent(child.getParent().orElseThrow())
                        .dependsOn(allow).build());
            }
            // S3 triggers: the bucket's notification is declared once per bucket by the tier.
        }
    }

    /** Lets S3 invoke the function for events of that bucket in this account only. */
    static Permission bucketPermission(LambdaFunctionArgs args, Function function, FunctionConfig.BucketEvents trigger,
                                       CustomResourceOptions child) {
        Naming naming = args.naming();
        Output<String> bucketArn = Output.tuple(args.account().partition(), BucketNotifications.bucketName(trigger.bucket(),
                naming, args.account())).applyValue(t -> "arn:" + t.t1 + ":s3:::" + t.t2);
        return new Permission(naming.name(args.config().name() + "-" + trigger.name() + "-invoke"),
                PermissionArgs.builder()
                        .function(function.name())
                        .action("lambda:InvokeFunction")
                        .principal("s3.amazonaws.com")
                        .sourceArn(bucketArn)
                        .sourceAccount(args.account().accountId())
                        .build(), child);
    }

    private static void rule(Naming naming, String name, Function function, EventRuleArgs.Builder rule,
                             CustomResourceOptions child) {
        EventRule eventRule = new EventRule(naming.name(name), rule
                .name(naming.name(name))
                .state("ENABLED")
                .tags(naming.tags(name))
                .build(), child);
        Permission allow = permission(naming, name + "-invoke", function, "events.amazonaws.com", eventRule.arn(), child);
        new EventTarget(naming.name(name + "-target"), EventTargetArgs.builder()
                .rule(eventRule.name())
                .targetId(name)
                .arn(function.arn())
                .build(), CustomResourceOptions.builder().parent(child.getParent().orElseThrow()).dependsOn(allow).build());
    }

    private static Permission permission(Naming naming, String name, Function function, String principal,
                                         Output<String> sourceArn, CustomResourceOptions child) {
        return new Permission(naming.name(name), PermissionArgs.builder()
                .function(function.name())
                .action("lambda:InvokeFunction")
                .principal(principal)
                .sourceArn(sourceArn)
                .build(), child);
    }
}
