package io.platform.storage;

import io.platform.iam.PolicyDocument.Statement;

import java.util.List;
import java.util.Map;

/**
 * Bucket-policy statements that let AWS services deliver logs into the access-log bucket:
 * ALB access logs under {@code alb/}, S3 server access logs under {@code s3/} and CloudFront
 * standard logs (v2, CloudWatch vended-log delivery) under {@code cloudfront/}.
 */
public final class LogDelivery {
    public static final String ALB_PREFIX = "alb";
    public static final String S3_PREFIX = "s3";
    public static final String CLOUDFRONT_PREFIX = "cloudfront";
    /** CloudFront's log delivery sources (standard logging v2) exist only in us-east-1. */
    public static final String CLOUDFRONT_LOGS_REGION = "us-east-1";

    /**
     * Regions that opened before August 2022 deliver ALB logs from a regional ELB account;
     * newer regions use the log-delivery service principal.
     */
    private static final Map<String, String> ELB_ACCOUNTS = Map.ofEntries(
            Map.entry("us-east-1", "127311923021"), Map.entry("us-east-2", "033677994240"),
            Map.entry("us-west-1", "027434742980"), Map.entry("us-west-2", "797873946194"),
            Map.entry("ca-central-1", "985666609251"), Map.entry("eu-west-1", "156460612806"),
            Map.entry("eu-west-2", "652711504416"), Map.entry("eu-west-3", "009996457667"),
            Map.entry("eu-central-1", "054676820928"), Map.entry("eu-north-1", "897822967062"),
            Map.entry("ap-south-1", "718504428378"), Map.entry("ap-southeast-1", "114774131450"),
            Map.entry("ap-southeast-2", "783225319266"), Map.entry("ap-northeast-1", "582318560864"),
            Map.entry("ap-northeast-2", "600734575887"), Map.entry("sa-east-1", "507241528517"),
            Map.entry("af-south-1", "098369216593"), Map.entry("ap-east-1", "754344448648"),
            Map.entry("ap-northeast-3", "383597477331"), Map.entry("eu-south-1", "635631232127"),
            Map.entry("me-south-1", "076674570225"), Map.entry("us-gov-west-1", "048591011584"),
            Map.entry("us-gov-east-1", "190560391635"), Map.entry("cn-north-1", "638102146993"),
            Map.entry("cn-northwest-1", "037604701340"));

    private LogDelivery() {
    }

    public static Statement albAccessLogs(String bucketArn, String partition, String region, String accountId) {
        String objects = bucketArn + "/" + ALB_PREFIX + "/AWSLogs/" + accountId + "/*";
        Statement statement = Statement.allow("AlbAccessLogDelivery").actions("s3:PutObject").resources(objects);
        String elbAccount = ELB_ACCOUNTS.get(region);
        return elbAccount != null
                ? statement.awsPrincipal("arn:" + partition + ":iam::" + elbAccount + ":root")
                : statement.servicePrincipal("logdelivery.elasticloadbalancing.amazonaws.com");
    }

    public static Statement s3ServerAccessLogs(String bucketArn, String accountId) {
        return Statement.allow("S3ServerAccessLogDelivery")
                .servicePrincipal("logging.s3.amazonaws.com")
                .actions("s3:PutObject")
                .resources(bucketArn + "/" + S3_PREFIX + "/*")
                .condition("StringEquals", "aws:SourceAccount", accountId);
    }

    /**
     * CloudFront standard logging v2 writes through the CloudWatch Logs delivery service, as the
     * bucket owner (no ACLs, so it works with BucketOwnerEnforced), limited to this account's
     * delivery sources in us-east-1 and to the {@code cloudfront/} prefix. Declaring it here also
     * stops AWS from appending its own statement to a policy this program manages.
     */
    public static List<Statement> cloudFrontStandardLogs(String bucketArn, String partition, String accountId) {
        String sources = "arn:" + partition + ":logs:" + CLOUDFRONT_LOGS_REGION + ":" + accountId + ":delivery-source:*";
        return List.of(
                Statement.allow("CloudFrontLogDeliveryWrite")
                        .servicePrincipal("delivery.logs.amazonaws.com")
                        .actions("s3:PutObject")
                        .resources(bucketArn + "/" + CLOUDFRONT_PREFIX + "/*")
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("ArnLike", "aws:SourceArn", sources),
                Statement.allow("CloudFrontLogDeliveryAclCheck")
                        .servicePrincipal("delivery.logs.amazonaws.com")
                        .actions("s3:GetBucketAcl", "s3:ListBucket")
                        .resources(bucketArn)
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("ArnLike", "aws:SourceArn", sources));
    }
}
