package io.platform.policy.rules;

import io.platform.policy.rules.s3.OwnershipEnforced;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.S3_ACL_V2;
import static io.platform.policy.Tokens.S3_BUCKET;
import static io.platform.policy.Tokens.S3_BUCKET_POLICY;
import static io.platform.policy.Tokens.S3_BUCKET_V2;
import static io.platform.policy.Tokens.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.Tokens.S3_SSE_V2;
import static io.platform.policy.Tokens.S3_VERSIONING_V2;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class S3RulesTest {
    static final String TLS_DENY_POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
               "Resource": ["arn:aws:s3:::docs", "arn:aws:s3:::docs/*"],
               "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""";

    static Map<String, Object> sseRule(String algorithm, String key) {
        Map<String, Object> byDefault = key == null ? Map.of("sseAlgorithm", algorithm)
                : Map.of("sseAlgorithm", algorithm, "kmsMasterKeyId", key);
        return Map.of("applyServerSideEncryptionByDefault", byDefault, "bucketKeyEnabled", true);
    }

    @Nested
    class SseKms {
        @Test
        void companionWithCustomerKeyPasses() {
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_SSE_V2)
                    .withProperties(Map.of("bucket", "docs", "rules", List.of(sseRule("aws:kms", "arn:aws:kms:us-east-1:1:key/k"))))
                    .expectNoViolations();
        }

        @Test
        void companionWithSseS3Fails() {
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_SSE_V2)
                    .withProperties(Map.of("bucket", "logs", "rules", List.of(sseRule("AES256", null))))
                    .expectViolations("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is AES256; "
                            + "S3 buckets must use SSE-KMS (aws:kms) default encryption");
        }

        @Test
        void awsManagedKeyFailsUnlessTheSettingAllowsIt() {
            var test = forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_SSE_V2)
                    .withProperties(Map.of("bucket", "docs", "rules", List.of(sseRule("aws:kms", null))));
            test.expectViolations("rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId is not set "
                    + "(AWS managed key aws/s3); S3 buckets must use a customer-managed KMS key");
            test.withSetting("requireCustomerKey", false).expectNoViolations();
        }

        @Test
        void legacyBucketInlineConfigurationIsChecked() {
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_BUCKET)
                    .withProperty("serverSideEncryptionConfiguration", Map.of("rule", sseRule("AES256", null)))
                    .expectViolations("serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm "
                            + "is AES256; S3 buckets must use SSE-KMS (aws:kms) default encryption");
        }

        @Test
        void bucketV2InlineListIsChecked() {
            Map<String, Object> rule = Map.of("applyServerSideEncryptionByDefaults", List.of(Map.of("sseAlgorithm", "AES256")));
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_BUCKET_V2)
                    .withProperty("serverSideEncryptionConfigurations", List.of(Map.of("rules", List.of(rule))))
                    .expectViolations("serverSideEncryptionConfigurations[0].rules[0].applyServerSideEncryptionByDefaults[0]"
                            + ".sseAlgorithm is AES256; S3 buckets must use SSE-KMS (aws:kms) default encryption");
        }

        @Test
        void bucketWithoutInlineConfigurationIsLeftToTheStackRule() {
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_BUCKET_V2).withProperty("bucket", "docs").expectNoViolations();
        }

        @Test
        void unknownAlgorithmIsNotJudged() {
            forRule(io.platform.policy.rules.s3.SseKms.policy()).withType(S3_SSE_V2)
                    .withProperty("rules", List.of(Map.of("applyServerSideEncryptionByDefault",
                            Map.of("sseAlgorithm", Unknown.VALUE))))
                    .expectNoViolations();
        }
    }

    @Nested
    class PublicAccessBlock {
        @Test
        void allFourTruePasses() {
            forRule(io.platform.policy.rules.s3.PublicAccessBlock.policy()).withType(S3_PUBLIC_ACCESS_BLOCK)
                    .withProperties(Map.of("bucket", "docs", "blockPublicAcls", true, "blockPublicPolicy", true,
                            "ignorePublicAcls", true, "restrictPublicBuckets", true))
                    .expectNoViolations();
        }

        @Test
        void eachFalseOrMissingFlagIsReported() {
            forRule(io.platform.policy.rules.s3.PublicAccessBlock.policy()).withType(S3_PUBLIC_ACCESS_BLOCK)
                    .withProperties(Map.of("bucket", "docs", "blockPublicAcls", true, "blockPublicPolicy", false,
                            "ignorePublicAcls", true))
                    .expectViolations(
                            "blockPublicPolicy is false; all four public access block settings must be true",
                            "restrictPublicBuckets is not set; all four public access block settings must be true");
        }
    }

    @Nested
    class Versioning {
        @Test
        void companionEnabledPasses() {
            forRule(io.platform.policy.rules.s3.Versioning.policy()).withType(S3_VERSIONING_V2)
                    .withProperty("versioningConfiguration", Map.of("status", "Enabled"))
                    .expectNoViolations();
        }

        @Test
        void companionSuspendedFails() {
            forRule(io.platform.policy.rules.s3.Versioning.policy()).withType(S3_VERSIONING_V2)
                    .withProperty("versioningConfiguration", Map.of("status", "Suspended"))
                    .expectViolations("versioningConfiguration.status is Suspended; S3 buckets must keep object versions");
        }

        @Test
        void inlineBlocksAreChecked() {
            forRule(io.platform.policy.rules.s3.Versioning.policy()).withType(S3_BUCKET)
                    .withProperty("versioning", Map.of("enabled", false))
                    .expectViolations("versioning.enabled is false; S3 buckets must keep object versions");
            forRule(io.platform.policy.rules.s3.Versioning.policy()).withType(S3_BUCKET_V2)
                    .withProperty("versionings", List.of(Map.of("enabled", true)))
                    .expectNoViolations();
        }
    }

    @Nested
    class Ownership {
        @Test
        void bucketOwnerEnforcedPasses() {
            forRule(OwnershipEnforced.policy())
                    .withProperties(Map.of("bucket", "docs", "rule", Map.of("objectOwnership", "BucketOwnerEnforced")))
                    .expectNoViolations();
        }

        @Test
        void objectWriterFails() {
            forRule(OwnershipEnforced.policy())
                    .withProperties(Map.of("bucket", "docs", "rule", Map.of("objectOwnership", "ObjectWriter")))
                    .expectViolations("rule.objectOwnership is ObjectWriter; S3 buckets must disable ACLs with BucketOwnerEnforced");
        }
    }

    @Nested
    class TlsOnlyPolicy {
        @Test
        void denyOnInsecureTransportPasses() {
            forRule(io.platform.policy.rules.s3.TlsOnlyPolicy.policy()).withType(S3_BUCKET_POLICY)
                    .withProperties(Map.of("bucket", "docs", "policy", TLS_DENY_POLICY))
                    .expectNoViolations();
        }

        @Test
        void policyWithoutTheDenyFails() {
            forRule(io.platform.policy.rules.s3.TlsOnlyPolicy.policy()).withType(S3_BUCKET_POLICY)
                    .withProperties(Map.of("bucket", "docs", "policy", """
                            {"Statement": {"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"},
                             "Action": "s3:GetObject", "Resource": "arn:aws:s3:::docs/*"}}"""))
                    .expectViolations("policy has no Deny statement for aws:SecureTransport=false; "
                            + "bucket policies must refuse requests that do not use TLS");
        }

        @Test
        void bucketWithoutInlinePolicyIsLeftToTheStackRule() {
            forRule(io.platform.policy.rules.s3.TlsOnlyPolicy.policy()).withType(S3_BUCKET_V2).withProperty("bucket", "docs").expectNoViolations();
        }
    }

    @Nested
    class NoPublicAcl {
        @Test
        void privateAclPasses() {
            forRule(io.platform.policy.rules.s3.NoPublicAcl.policy()).withType(S3_ACL_V2)
                    .withProperties(Map.of("bucket", "docs", "acl", "private"))
                    .expectNoViolations();
        }

        @Test
        void publicCannedAclFails() {
            forRule(io.platform.policy.rules.s3.NoPublicAcl.policy()).withType(S3_BUCKET_V2)
                    .withProperty("acl", "public-read")
                    .expectViolations("acl is public-read; S3 buckets must not grant access through public ACLs");
        }

        @Test
        void grantToAllUsersFails() {
            forRule(io.platform.policy.rules.s3.NoPublicAcl.policy()).withType(S3_ACL_V2)
                    .withProperty("accessControlPolicy", Map.of("grants", List.of(Map.of("permission", "READ",
                            "grantee", Map.of("type", "Group", "uri", "http://acs.amazonaws.com/groups/global/AllUsers")))))
                    .expectViolations("accessControlPolicy.grants[0].grantee.uri is http://acs.amazonaws.com/groups/global/AllUsers; "
                            + "S3 buckets must not grant access through public ACLs");
        }
    }

    @Nested
    class NoPublicPrincipal {
        @Test
        void serviceWithConditionAndTlsDenyPass() {
            forRule(io.platform.policy.rules.s3.NoPublicPrincipal.policy()).withType(S3_BUCKET_POLICY)
                    .withProperty("policy", """
                            {"Statement": [
                              {"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject",
                               "Resource": "arn:aws:s3:::site/*",
                               "Condition": {"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::1:distribution/E1"}}},
                              {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
                               "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""")
                    .expectNoViolations();
        }

        @Test
        void everyoneWithoutConditionFails() {
            forRule(io.platform.policy.rules.s3.NoPublicPrincipal.policy()).withType(S3_BUCKET_POLICY)
                    .withProperty("policy", """
                            {"Statement": [{"Sid": "PublicRead", "Effect": "Allow", "Principal": {"AWS": "*"},
                              "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}]}""")
                    .expectViolations("policy.Statement[0] (PublicRead) allows Principal \"*\" without a Condition; "
                            + "bucket policies must not grant access to everyone");
        }
    }
}
