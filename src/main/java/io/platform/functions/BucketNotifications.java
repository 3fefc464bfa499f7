package io.platform.functions;

import com.pulumi.aws.s3.BucketNotification;
import com.pulumi.aws.s3.BucketNotificationArgs;
import com.pulumi.aws.s3.inputs.BucketNotificationLambdaFunctionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.aws.AwsAccount;
import io.platform.config.FunctionConfig;
import io.platform.config.IamStatementConfig;
import io.platform.config.Naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3 keeps one notification configuration per bucket, so the {@code s3} triggers of all functions
 * on a bucket become one {@link BucketNotification}; it waits for every invoke permission, since S3
 * tests each destination when the configuration is written.
 */
final class BucketNotifications {
    private static final Pattern PURPOSE = IamStatementConfig.BUCKET_REFERENCE;

    private BucketNotifications() {
    }

    static void declare(Naming naming, AwsAccount account, Map<String, LambdaFunction> functions,
                        CustomResourceOptions child) {
        Map<String, List<BucketNotificationLambdaFunctionArgs>> byBucket = new LinkedHashMap<>();
        Map<String, List<Resource>> permissions = new LinkedHashMap<>();
        for (LambdaFunction function : functions.values()) {
            for (FunctionConfig.Trigger trigger : function.config().triggers()) {
                if (trigger instanceof FunctionConfig.BucketEvents events) {
                    var target = BucketNotificationLambdaFunctionArgs.builder()
                            .id(function.config().name() + "-" + events.name())
                            .lambdaFunctionArn(function.functionArn())
                            .events(events.events());
                    events.prefix().ifPresent(target::filterPrefix);
                    events.suffix().ifPresent(target::filterSuffix);
                    byBucket.computeIfAbsent(events.bucket(), b -> new ArrayList<>()).add(target.build());
                }
            }
            if (!function.bucketPermissions().isEmpty()) {
                function.config().triggers().stream().filter(t -> t instanceof FunctionConfig.BucketEvents)
                        .map(t -> ((FunctionConfig.BucketEvents) t).bucket()).distinct()
                        .forEach(b -> permissions.computeIfAbsent(b, x -> new ArrayList<>())
                                .addAll(function.bucketPermissions()));
            }
        }
        byBucket.forEach((bucket, targets) -> {
            String name = "bucket-notifications-" + label(bucket);
            new BucketNotification(naming.name(name), BucketNotificationArgs.builder()
                    .bucket(bucketName(bucket, naming, account))
                    .lambdaFunctions(targets)
                    .build(), CustomResourceOptions.builder().parent(child.getParent().orElseThrow())
                    .dependsOn(permissions.getOrDefault(bucket, List.of())).build());
        });
    }

    /** {@code ${bucket:documents}} → this stack's documents bucket; a plain name is taken as given. */
    static Output<String> bucketName(String bucket, Naming naming, AwsAccount account) {
        Matcher m = PURPOSE.matcher(bucket);
        return m.matches() ? account.accountId().applyValue(id -> naming.bucketName(m.group(1), id)) : Output.of(bucket);
    }

    private static String label(String bucket) {
        Matcher m = PURPOSE.matcher(bucket);
        return m.matches() ? m.group(1) : bucket.replace('.', '-');
    }
}
