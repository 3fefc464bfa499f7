package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Lambda function from {@code platform:functions}. What is not here is not optional: every
 * function runs in the private subnets with its own security group, logs to its own KMS-encrypted
 * group, traces with X-Ray and sends failed asynchronous events to its own encrypted queue.
 *
 * @param secrets     environment variable → secret name; the function receives the secret's ARN
 *                    (never its value) and its role may read exactly that secret
 * @param calls       {@code database} and/or {@code redis}: the network peers the function reaches
 * @param statements  extra IAM statements, the only permissions beyond logs, VPC, tracing and the DLQ
 */
public record FunctionConfig(
        String name,
        Code code,
        Optional<LambdaRuntime> runtime,
        Optional<String> handler,
        int memoryMb,
        int timeoutSeconds,
        OptionalInt reservedConcurrency,
        CpuArchitecture architecture,
        Map<String, String> environment,
        Map<String, String> secrets,
        List<String> calls,
        List<IamStatementConfig> statements,
        List<Trigger> triggers) {

    public FunctionConfig {
        environment = Map.copyOf(environment);
        secrets = Map.copyOf(secrets);
        calls = List.copyOf(calls);
        statements = List.copyOf(statements);
        triggers = List.copyOf(triggers);
    }

    /** Where the deployment package is: a zip in S3, or a container image in ECR. */
    public sealed interface Code permits S3Object, Image {
    }

    public record S3Object(String bucket, String key, Optional<String> objectVersion) implements Code {
    }

    public record Image(String uri) implements Code {
    }

    /** What invokes the function; {@code name} derives the trigger's resource names. */
    public sealed interface Trigger permits Schedule, Queue, BucketEvents, EventPattern, Topic {
        String name();
    }

    /** An EventBridge rule on a schedule ({@code cron(...)} or {@code rate(...)}, UTC). */
    public record Schedule(String name, String expression) implements Trigger {
    }

    /** A KMS-encrypted SQS queue of the function's own, polled in batches; failures go to the DLQ. */
    public record Queue(String name, int batchSize) implements Trigger {
    }

    /** S3 event notifications of one bucket ({@code ${bucket:<purpose>}} or a bucket name). */
    public record BucketEvents(String name, String bucket, List<String> events, Optional<String> prefix,
                               Optional<String> suffix) implements Trigger {
        public BucketEvents {
            events = List.copyOf(events);
        }
    }

    /** An EventBridge rule matching an event pattern (e.g. GuardDuty findings), as compact JSON. */
    public record EventPattern(String name, String patternJson) implements Trigger {
    }

    /** An SNS subscription: {@code alerts} (the stack's alarm topic) or a topic ARN. */
    public record Topic(String name, String topic) implements Trigger {
        public static final String ALERTS = "alerts";
    }
}
