package io.platform.edge;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.EdgeConfig;
import io.platform.config.Naming;

/**
 * Inputs of the edge tier.
 *
 * @param certificates         the zone and the certificates (CloudFront's, and its us-east-1 provider)
 * @param albDnsName           the API's alias target
 * @param albZoneId            the ALB's canonical hosted zone
 * @param s3KeyArn             encrypts the static-site buckets (its key policy lets CloudFront decrypt)
 * @param accessLogsBucketName receives S3 server access logs and CloudFront standard logs
 * @param logsKeyArn           the stack's logs key; encrypts the CDN web ACL's logs when the stack is in us-east-1
 * @param logRetentionDays     how long the CDN web ACL's logs are kept
 * @param apiFailover          the API's name is a pair of failover records ({@link DnsFailover}), not a simple alias
 */
public record EdgeArgs(
        Naming naming,
        AwsAccount account,
        EdgeConfig config,
        Certificates certificates,
        Output<String> albDnsName,
        Output<String> albZoneId,
        Output<String> s3KeyArn,
        Output<String> accessLogsBucketName,
        Output<String> logsKeyArn,
        int logRetentionDays,
        boolean apiFailover) {
}
