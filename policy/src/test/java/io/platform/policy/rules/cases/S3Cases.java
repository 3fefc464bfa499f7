package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.S3_ACCESS_POINT;
import static io.platform.policy.rules.AwsTypes.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LIFECYCLE;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LOGGING;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;
import static io.platform.policy.rules.AwsTypes.S3_MULTI_REGION_ACCESS_POINT;
import static io.platform.policy.rules.AwsTypes.S3_OWNERSHIP_CONTROLS;
import static io.platform.policy.rules.AwsTypes.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_REPLICATION;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;

/** S3 rules. Tokens: the 6.x V2 companions, the 7.x unsuffixed ones and both bucket shapes. */
final class S3Cases {
    static final String BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
    static final String BUCKET = "aws:s3/bucket:Bucket";
    static final String SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    static final String SSE_V7 = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    static final String VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    static final String VERSIONING_V7 = "aws:s3/bucketVersioning:BucketVersioning";
    static final String ACL_V2 = "aws:s3/bucketAclV2:BucketAclV2";
    static final String LOGGING_V7 = "aws:s3/bucketLogging:BucketLogging";
    static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/k";
    static final String TLS_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*",
              "Action": "s3:*", "Resource": ["arn:aws:s3:::docs", "arn:aws:s3:::docs/*"],
              "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""";

    private S3Cases() {
    }

    static void define(Cases c) {
        var kmsRule = m("applyServerSideEncryptionByDefault", m("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KEY),
                "bucketKeyEnabled", true);
        c.resource("s3-sse-kms", SSE_V2, m("bucket", "docs", "rules", l(kmsRule)))
                .pass()
                .pass(set("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", "aws:kms:dsse"))
                .fail(set("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", "AES256"),
                        "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is AES256;")
                .fail(del("rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId"),
                        "rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId is not set")
                .unknown("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm")
                .unknown("rules")
                .as(SSE_V7, m("bucket", "docs", "rules", l(kmsRule, m("applyServerSideEncryptionByDefault",
                        m("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KEY)))))
                .pass()
                // one rule unknown, the other known to be SSE-S3: still reported
                .unknown("rules[0]", set("rules[1].applyServerSideEncryptionByDefault.sseAlgorithm", "AES256"),
                        "rules[1].applyServerSideEncryptionByDefault.sseAlgorithm is AES256;")
                .as(BUCKET_V2, m("bucket", "docs", "serverSideEncryptionConfigurations", l(m("rules", l(m(
                        "applyServerSideEncryptionByDefaults", l(m("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KEY))))))))
                .pass()
                .pass(del("serverSideEncryptionConfigurations"))
                .fail(set("serverSideEncryptionConfigurations[0].rules[0].applyServerSideEncryptionByDefaults[0].sseAlgorithm",
                        "AES256"), "serverSideEncryptionConfigurations[0].rules[0].applyServerSideEncryptionByDefaults[0]"
                        + ".sseAlgorithm is AES256;")
                .unknown("serverSideEncryptionConfigurations")
                .as(BUCKET, m("bucket", "docs", "serverSideEncryptionConfiguration", m("rule", m(
                        "applyServerSideEncryptionByDefault", m("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KEY)))))
                .pass()
                .fail(set("serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm", "AES256"),
                        "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm is AES256;")
                .unknown("serverSideEncryptionConfiguration");

        c.resource("s3-bucket-key-enabled", SSE_V2, m("bucket", "docs", "rules", l(kmsRule)))
                .pass()
                .pass(set("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", "AES256"),
                        set("rules[0].bucketKeyEnabled", false))
                .fail(set("rules[0].bucketKeyEnabled", false), "rules[0].bucketKeyEnabled is false;")
                .unknown("rules[0].applyServerSideEncryptionByDefault");

        var pab = m("bucket", "docs", "blockPublicAcls", true, "blockPublicPolicy", true, "ignorePublicAcls", true,
                "restrictPublicBuckets", true);
        c.resource("s3-public-access-block", S3_PUBLIC_ACCESS_BLOCK.current(), pab)
                .pass()
                .fail(set("blockPublicPolicy", false), "blockPublicPolicy is false;")
                .fail(List.of(del("ignorePublicAcls"), set("restrictPublicBuckets", false)),
                        "ignorePublicAcls is not set", "restrictPublicBuckets is false;")
                .unknown("blockPublicAcls")
                .unknown("blockPublicAcls", set("blockPublicPolicy", false), "blockPublicPolicy is false;")
                .as(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK.current(), m("blockPublicAcls", true, "blockPublicPolicy", true,
                        "ignorePublicAcls", true, "restrictPublicBuckets", true))
                .pass()
                .fail(set("restrictPublicBuckets", false), "restrictPublicBuckets is false;")
                .unknown("restrictPublicBuckets");

        c.resource("s3-versioning", VERSIONING_V2, m("bucket", "docs", "versioningConfiguration", m("status", "Enabled")))
                .pass()
                .fail(set("versioningConfiguration.status", "Suspended"), "versioningConfiguration.status is Suspended;")
                .unknown("versioningConfiguration.status")
                .as(VERSIONING_V7, m("bucket", "docs", "versioningConfiguration", m("status", "Enabled")))
                .pass()
                .fail(del("versioningConfiguration"), "versioningConfiguration.status is not set;")
                .as(BUCKET_V2, m("bucket", "docs", "versionings", l(m("enabled", true))))
                .pass()
                .fail(set("versionings[0].enabled", false), "versionings[0].enabled is false;")
                .unknown("versionings")
                .as(BUCKET, m("bucket", "docs", "versioning", m("enabled", true)))
                .pass()
                .fail(set("versioning.enabled", false), "versioning.enabled is false;")
                .unknown("versioning.enabled");

        c.resource("s3-ownership-enforced", S3_OWNERSHIP_CONTROLS.current(),
                        m("bucket", "docs", "rule", m("objectOwnership", "BucketOwnerEnforced")))
                .pass()
                .fail(set("rule.objectOwnership", "ObjectWriter"), "rule.objectOwnership is ObjectWriter;")
                .unknown("rule.objectOwnership");

        c.resource("s3-tls-only-policy", S3_BUCKET_POLICY.current(), m("bucket", "docs", "policy", TLS_POLICY))
                .pass()
                .fail(set("policy", "{\"Version\":\"2012-10-17\",\"Statement\":[]}"),
                        "policy has no Deny statement for aws:SecureTransport=false;")
                .unknown("policy")
                .as(BUCKET_V2, m("bucket", "docs"))
                .pass()
                .fail(set("policy", "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"}]}"),
                        "policy has no Deny statement");

        c.resource("s3-no-public-acl", ACL_V2, m("bucket", "docs", "acl", "private"))
                .pass()
                .fail(set("acl", "public-read"), "acl is public-read;")
                .fail(List.of(del("acl"), set("accessControlPolicy", m("grants", l(m("permission", "READ",
                                "grantee", m("type", "Group", "uri", "http://acs.amazonaws.com/groups/global/AllUsers")))))),
                        "accessControlPolicy.grants[0].grantee.uri is http://acs.amazonaws.com/groups/global/AllUsers;")
                .unknown("acl")
                .unknown("acl", set("accessControlPolicy", m("grants", l(m("grantee", m("uri",
                        "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"))))), "accessControlPolicy.grants[0]")
                .as(BUCKET_V2, m("bucket", "docs"))
                .pass()
                .fail(set("grants", l(m("uri", "http://acs.amazonaws.com/groups/global/AllUsers", "permissions", l("READ")))),
                        "grants[0].uri is http://acs.amazonaws.com/groups/global/AllUsers;")
                .unknown("grants");

        String publicRead = """
                {"Statement": [{"Sid": "Public", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::docs/*"}]}""";
        String cloudFrontRead = """
                {"Statement": [{"Sid": "CloudFront", "Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"},
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::docs/*",
                  "Condition": {"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::123456789012:distribution/E1"}}}]}""";
        c.resource("s3-no-public-principal", S3_BUCKET_POLICY.current(), m("bucket", "docs", "policy", cloudFrontRead))
                .pass()
                .pass(set("policy", TLS_POLICY))
                .fail(set("policy", publicRead), "policy.Statement[0] (Public) allows Principal \"*\" without a Condition;")
                .unknown("policy");

        String crossAccount = """
                {"Statement": [{"Sid": "Partner", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::999999999999:root"},
                  "Action": ["s3:GetObject", "s3:PutBucketPolicy"], "Resource": ["arn:aws:s3:::docs", "arn:aws:s3:::docs/*"]}]}""";
        c.resource("s3-no-cross-account-admin-actions", S3_BUCKET_POLICY.current(), m("bucket", "docs", "policy", cloudFrontRead))
                .pass()
                .pass(set("policy", crossAccount.replace(", \"s3:PutBucketPolicy\"", "")))
                .fail(set("policy", crossAccount), "policy.Statement[0] (Partner) allows s3:PutBucketPolicy to arn:aws:iam::999999999999:root;")
                .fail(set("policy", crossAccount.replace("\"Action\": [\"s3:GetObject\", \"s3:PutBucketPolicy\"]", "\"Action\": \"s3:*\"")),
                        "policy.Statement[0] (Partner) allows s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy")
                .unknown("policy");

        var apBlock = m("blockPublicAcls", true, "blockPublicPolicy", true, "ignorePublicAcls", true, "restrictPublicBuckets", true);
        c.resource("s3-access-point-public-access-block", S3_ACCESS_POINT.current(),
                        m("bucket", "docs", "name", "docs-ap", "publicAccessBlockConfiguration", apBlock))
                .pass()
                .pass(del("publicAccessBlockConfiguration"))
                .fail(set("publicAccessBlockConfiguration.blockPublicPolicy", false),
                        "publicAccessBlockConfiguration.blockPublicPolicy is false;")
                .unknown("publicAccessBlockConfiguration")
                .as(S3_MULTI_REGION_ACCESS_POINT.current(), m("details", m("name", "mrap", "publicAccessBlock", apBlock,
                        "regions", l(m("bucket", "docs")))))
                .pass()
                .fail(set("details.publicAccessBlock.restrictPublicBuckets", false),
                        "details.publicAccessBlock.restrictPublicBuckets is false;")
                .unknown("details.publicAccessBlock");

        stackCases(c);
    }

    /** The companion rules over a bucket with every companion, each dropped in turn; 7.x companions count too. */
    private static void stackCases(Cases c) {
        PolicyResource bucket = r(BUCKET_V2, "docs").p("bucket", "docs").build();
        PolicyResource logs = r(BUCKET_V2, "logs").p("bucket", "logs").build();
        List<PolicyResource> companions = List.of(
                r(S3_PUBLIC_ACCESS_BLOCK.current(), "docs-pab").p("bucket", UNKNOWN).dep("bucket", bucket).build(),
                r(SSE_V2, "docs-sse").p("bucket", "docs").build(),
                r(S3_BUCKET_POLICY.current(), "docs-policy").p("bucket", "docs").build(),
                r(VERSIONING_V7, "docs-versioning").p("bucket", "docs").build(),
                r(S3_OWNERSHIP_CONTROLS.current(), "docs-ownership").p("bucket", "docs").build(),
                r(S3_BUCKET_LIFECYCLE.current(), "docs-lifecycle").p("bucket", "docs").build(),
                r(S3_BUCKET_LOGGING.current(), "docs-logging").p("bucket", "docs").p("targetBucket", "logs").build(),
                r(S3_REPLICATION.current(), "docs-replication").p("bucket", "docs").p("rules", l(m("destination",
                        m("bucket", "arn:aws:s3:::docs-replica")))).build());
        PolicyResource[] stack = new PolicyResource[companions.size() + 2];
        stack[0] = bucket;
        stack[1] = logs;
        for (int i = 0; i < companions.size(); i++) {
            stack[i + 2] = companions.get(i);
        }
        // logs: the access-log bucket, so it needs no logging and no replication; give it the rest inline-free.
        PolicyResource[] logsCompanions = {
                r(S3_PUBLIC_ACCESS_BLOCK.current(), "logs-pab").p("bucket", "logs").build(),
                r(SSE_V7, "logs-sse").p("bucket", "logs").build(),
                r(S3_BUCKET_POLICY.current(), "logs-policy").p("bucket", "logs").build(),
                r(VERSIONING_V2, "logs-versioning").p("bucket", "logs").build(),
                r(S3_OWNERSHIP_CONTROLS.current(), "logs-ownership").p("bucket", "logs").build(),
                r(S3_BUCKET_LIFECYCLE.current(), "logs-lifecycle").p("bucket", "logs").build()};
        PolicyResource[] all = new PolicyResource[stack.length + logsCompanions.length];
        System.arraycopy(stack, 0, all, 0, stack.length);
        System.arraycopy(logsCompanions, 0, all, stack.length, logsCompanions.length);

        record Companion(String id, String docs, String logs, String inlineKey, Object inlineValue, String prefix) {
        }
        List<Companion> rules = List.of(
                new Companion("s3-bucket-has-public-access-block", "docs-pab", "logs-pab", null, null, "bucket has no"),
                new Companion("s3-bucket-has-encryption", "docs-sse", "logs-sse", "serverSideEncryptionConfigurations",
                        l(m("rules", l())), "bucket has no default-encryption configuration"),
                new Companion("s3-bucket-has-tls-policy", "docs-policy", "logs-policy", "policy", TLS_POLICY,
                        "bucket has no bucket policy"),
                new Companion("s3-bucket-has-versioning", "docs-versioning", "logs-versioning", "versionings",
                        l(m("enabled", true)), "bucket has no versioning configuration"),
                new Companion("s3-bucket-has-ownership-controls", "docs-ownership", "logs-ownership", null, null, "bucket has no"),
                new Companion("s3-bucket-has-lifecycle", "docs-lifecycle", "logs-lifecycle", "lifecycleRules",
                        l(m("enabled", true)), "bucket has no lifecycle configuration"));
        for (Companion rule : rules) {
            var cases = c.stack(rule.id(), all)
                    .pass()
                    .fail(drop(rule.docs()), rule.prefix())
                    .fail(drop(rule.docs(), rule.logs()), rule.prefix(), rule.prefix());
            if (rule.inlineKey() != null) {
                cases.pass(drop(rule.docs()), set("docs", rule.inlineKey(), rule.inlineValue()))
                        .unknown(List.of(drop(rule.docs()), set("docs", rule.inlineKey(), UNKNOWN), drop(rule.logs())),
                                rule.prefix());
            } else {
                // the companion's bucket is not known and not traceable: it may be this bucket's, so no violation
                cases.unknown(List.of(drop(rule.docs()), add(r(companionType(rule.id()), "stray").p("bucket", UNKNOWN).build())));
            }
        }

        PolicyResource docsLogging = r(S3_BUCKET_LOGGING.current(), "docs-logging").p("bucket", "docs").p("targetBucket", "logs").build();
        PolicyResource otherLogs = r(BUCKET_V2, "other-logs").p("bucket", "other-logs").build();
        c.stack("s3-bucket-access-logging", bucket, logs, docsLogging)
                .pass()
                // the bucket an ALB, a distribution or a vended-log destination writes to needs no logging of its own
                .pass(set("docs-logging", "targetBucket", "other-logs"), add(otherLogs),
                        add(r(LOAD_BALANCER.current(), "alb").p("accessLogs", m("bucket", "logs")).build()))
                .pass(set("docs-logging", "targetBucket", "other-logs"), add(otherLogs),
                        add(r(CLOUDFRONT_DISTRIBUTION.current(), "cdn").p("loggingConfig", m("bucket", "logs.s3.amazonaws.com")).build()))
                .pass(drop("docs-logging"), set("docs", "loggings", l(m("targetBucket", "logs"))))
                .pass(drop("docs-logging"), add(r(LOGGING_V7, "docs-logging-v7").p("bucket", "docs").p("targetBucket", "logs").build()))
                .fail(drop("docs-logging"), "bucket has no access logging", "bucket has no access logging")
                .unknown(List.of(drop("docs-logging"), set("docs", "loggings", UNKNOWN)))
                // an ALB writes its logs to a bucket not known yet: any bucket may be that log bucket
                .unknown(List.of(set("docs-logging", "targetBucket", "other-logs"), add(otherLogs),
                        add(r(LOAD_BALANCER.current(), "alb").p("accessLogs", m("bucket", UNKNOWN)).build())));

        c.stack("s3-bucket-replication", all)
                .pass()
                .pass(drop("docs-replication"), set("docs", "replicationConfigurations", l(m("role", "r"))))
                .fail(drop("docs-replication"), "bucket has no replication")
                .unknown(List.of(drop("docs-replication"), set("docs", "replicationConfigurations", UNKNOWN)))
                .unknown(List.of(drop("docs-replication"), set("docs", "replicationConfigurations", UNKNOWN),
                        add(r(BUCKET_V2, "other").p("bucket", "other").build())), "bucket has no replication");
    }

    private static String companionType(String id) {
        return id.equals("s3-bucket-has-public-access-block") ? S3_PUBLIC_ACCESS_BLOCK.current() : S3_OWNERSHIP_CONTROLS.current();
    }
}
