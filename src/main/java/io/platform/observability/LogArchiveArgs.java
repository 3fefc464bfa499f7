package io.platform.observability;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.LogArchiveConfig;
import io.platform.config.Naming;

import java.util.Map;

/**
 * Inputs of the log archive. Safe settings are not options: the delivery stream is always encrypted with the
 * logs key, the archive bucket is a {@link io.platform.storage.SecureBucket} (S3 key, versioning, public access
 * blocked, TLS only, access-logged), and each role reaches only its own stream, bucket and key.
 *
 * @param logGroups       archive name ({@code cloudtrail} or a service) → its CloudWatch Logs group name
 * @param logsKeyArn      encrypts the delivery stream
 * @param s3KeyArn        encrypts the archived objects
 * @param accessLogBucket where the archive bucket's access logs go
 */
public record LogArchiveArgs(Naming naming, AwsAccount account, LogArchiveConfig config,
                             Map<String, Output<String>> logGroups, Output<String> logsKeyArn, Output<String> s3KeyArn,
                             Output<String> accessLogBucket) {
    public LogArchiveArgs {
        logGroups = Map.copyOf(logGroups);
    }
}
