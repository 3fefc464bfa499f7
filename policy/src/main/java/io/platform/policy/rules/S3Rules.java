package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.S3_ACL_V2;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_V2;
import static io.platform.policy.rules.AwsTypes.S3_OWNERSHIP_CONTROLS;
import static io.platform.policy.rules.AwsTypes.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_SSE_V2;
import static io.platform.policy.rules.AwsTypes.S3_VERSIONING_V2;

/**
 * S3 resource rules. Each judges a setting where it is declared (inline on a Bucket/BucketV2 or
 * on its companion resource); {@link StackRules} checks that every bucket has the companions.
 */
public final class S3Rules {
    private static final Set<String> KMS_ALGORITHMS = Set.of("aws:kms", "aws:kms:dsse");
    private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
    private static final Set<String> PUBLIC_GRANTEE_URIS = Set.of(
            "http://acs.amazonaws.com/groups/global/AllUsers",
            "http://acs.amazonaws.com/groups/global/AuthenticatedUsers");

    private S3Rules() {
    }

    public static List<Policy> all() {
        return List.of(sseKms(), publicAccessBlock(), versioning(), ownershipEnforced(), tlsOnlyPolicy(),
                noPublicAcl(), noPublicPrincipal());
    }

    public static ResourcePolicy sseKms() {
        return ResourcePolicy.builder("s3-sse-kms")
                .description("S3 default encryption is SSE-KMS with a customer-managed key")
                .severity(Severity.HIGH).controls("S3.17")
                .types(S3_BUCKET, S3_BUCKET_V2, S3_SSE_V2)
                .setting(Setting.bool("requireCustomerKey",
                        "Also require kmsMasterKeyId (a customer-managed key, not aws/s3)", true))
                .fix("Set sseAlgorithm to aws:kms with kmsMasterKeyId of the S3 KMS key (and bucketKeyEnabled true)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    switch (r.type()) {
                        case S3_BUCKET -> {
                            if (p.has("serverSideEncryptionConfiguration")) {
                                checkEncryptionDefault(p.map("serverSideEncryptionConfiguration").map("rule")
                                                .map("applyServerSideEncryptionByDefault"),
                                        "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault", ctx);
                            }
                        }
                        case S3_BUCKET_V2 -> {
                            List<PropertyMap> configs = p.maps("serverSideEncryptionConfigurations");
                            for (int i = 0; i < configs.size(); i++) {
                                List<PropertyMap> rules = configs.get(i).maps("rules");
                                for (int j = 0; j < rules.size(); j++) {
                                    List<PropertyMap> defaults = rules.get(j).maps("applyServerSideEncryptionByDefaults");
                                    for (int k = 0; k < defaults.size(); k++) {
                                        checkEncryptionDefault(defaults.get(k), "serverSideEncryptionConfigurations[" + i
                                                + "].rules[" + j + "].applyServerSideEncryptionByDefaults[" + k + "]", ctx);
                                    }
                                }
                            }
                        }
                        default -> {
                            List<PropertyMap> rules = p.maps("rules");
                            for (int i = 0; i < rules.size(); i++) {
                                checkEncryptionDefault(rules.get(i).map("applyServerSideEncryptionByDefault"),
                                        "rules[" + i + "].applyServerSideEncryptionByDefault", ctx);
                            }
                        }
                    }
                })
                .build();
    }

    private static void checkEncryptionDefault(PropertyMap byDefault, String label, ResourceCheckContext ctx) {
        String algorithm = byDefault.string("sseAlgorithm").orElse(null);
        if (algorithm == null || !KMS_ALGORITHMS.contains(algorithm)) {
            ctx.report(label + ".sseAlgorithm is " + (algorithm == null ? "not set" : algorithm)
                    + "; S3 buckets must use SSE-KMS (aws:kms) default encryption");
        } else if (ctx.settings().bool("requireCustomerKey") && byDefault.nonBlank("kmsMasterKeyId").isEmpty()) {
            ctx.report(label + ".kmsMasterKeyId is not set (AWS managed key aws/s3); "
                    + "S3 buckets must use a customer-managed KMS key");
        }
    }

    public static ResourcePolicy publicAccessBlock() {
        return ResourcePolicy.builder("s3-public-access-block")
                .description("All four S3 public access block settings are true")
                .severity(Severity.CRITICAL).controls("S3.8", "CIS 2.1.4")
                .types(S3_PUBLIC_ACCESS_BLOCK)
                .fix("Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true")
                .check((r, ctx) -> {
                    for (String flag : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
                        Checks.requireTrue(r.properties(), flag, ctx, "all four public access block settings must be true");
                    }
                })
                .build();
    }

    public static ResourcePolicy versioning() {
        return ResourcePolicy.builder("s3-versioning")
                .description("S3 buckets keep object versions")
                .severity(Severity.MEDIUM).controls("S3.14")
                .types(S3_BUCKET, S3_BUCKET_V2, S3_VERSIONING_V2)
                .fix("Enable versioning (versioningConfiguration.status Enabled on a BucketVersioningV2)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "S3 buckets must keep object versions";
                    switch (r.type()) {
                        case S3_BUCKET -> {
                            if (p.has("versioning")) {
                                Checks.requireTrue(p.map("versioning"), "enabled", "versioning.enabled", ctx, why);
                            }
                        }
                        case S3_BUCKET_V2 -> {
                            List<PropertyMap> versionings = p.maps("versionings");
                            for (int i = 0; i < versionings.size(); i++) {
                                Checks.requireTrue(versionings.get(i), "enabled", "versionings[" + i + "].enabled", ctx, why);
                            }
                        }
                        default -> {
                            String status = p.map("versioningConfiguration").string("status").orElse(null);
                            if (!"Enabled".equals(status)) {
                                ctx.report("versioningConfiguration.status is " + (status == null ? "not set" : status) + "; " + why);
                            }
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy ownershipEnforced() {
        return ResourcePolicy.builder("s3-ownership-enforced")
                .description("S3 object ownership is BucketOwnerEnforced (ACLs disabled)")
                .severity(Severity.MEDIUM).controls("S3.12")
                .types(S3_OWNERSHIP_CONTROLS)
                .fix("Set rule.objectOwnership to BucketOwnerEnforced")
                .check((r, ctx) -> {
                    String ownership = r.properties().map("rule").string("objectOwnership").orElse(null);
                    if (!"BucketOwnerEnforced".equals(ownership)) {
                        ctx.report("rule.objectOwnership is " + (ownership == null ? "not set" : ownership)
                                + "; S3 buckets must disable ACLs with BucketOwnerEnforced");
                    }
                })
                .build();
    }

    public static ResourcePolicy tlsOnlyPolicy() {
        return ResourcePolicy.builder("s3-tls-only-policy")
                .description("S3 bucket policies deny requests without TLS (aws:SecureTransport=false)")
                .severity(Severity.HIGH).controls("S3.5", "CIS 2.1.1")
                .types(S3_BUCKET_POLICY, S3_BUCKET, S3_BUCKET_V2)
                .fix("Add a Deny statement for s3:* on the bucket and its objects with Condition Bool aws:SecureTransport false")
                .check((r, ctx) -> {
                    // On a bucket the inline policy is optional; the stack rule requires one of the two.
                    if (!r.type().equals(S3_BUCKET_POLICY) && !r.properties().has("policy")) {
                        return;
                    }
                    boolean deniesPlainHttp = r.properties().json("policy")
                            .map(doc -> PolicyDocument.statements(doc, "policy").stream().anyMatch(S3Rules::deniesInsecureTransport))
                            .orElse(false);
                    if (!deniesPlainHttp) {
                        ctx.report("policy has no Deny statement for aws:SecureTransport=false; "
                                + "bucket policies must refuse requests that do not use TLS");
                    }
                })
                .build();
    }

    private static boolean deniesInsecureTransport(PolicyDocument.Statement s) {
        return !s.allow() && s.conditionValues("Bool", "aws:SecureTransport").stream()
                .anyMatch(v -> v.equalsIgnoreCase("false"));
    }

    public static ResourcePolicy noPublicAcl() {
        return ResourcePolicy.builder("s3-no-public-acl")
                .description("S3 buckets grant nothing to AllUsers or AuthenticatedUsers through ACLs")
                .severity(Severity.CRITICAL).controls("S3.2", "S3.3")
                .types(S3_BUCKET, S3_BUCKET_V2, S3_ACL_V2)
                .fix("Remove the public ACL and grants; use BucketOwnerEnforced and a bucket policy instead")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String acl = p.string("acl").orElse(null);
                    if (acl != null && PUBLIC_CANNED_ACLS.contains(acl.toLowerCase(Locale.ROOT))) {
                        ctx.report("acl is " + acl + "; S3 buckets must not grant access through public ACLs");
                    }
                    if (r.type().equals(S3_ACL_V2)) {
                        List<PropertyMap> grants = p.map("accessControlPolicy").maps("grants");
                        for (int i = 0; i < grants.size(); i++) {
                            reportPublicGrantee(grants.get(i).map("grantee"), "accessControlPolicy.grants[" + i + "].grantee.uri", ctx);
                        }
                    } else {
                        List<PropertyMap> grants = p.maps("grants");
                        for (int i = 0; i < grants.size(); i++) {
                            reportPublicGrantee(grants.get(i), "grants[" + i + "].uri", ctx);
                        }
                    }
                })
                .build();
    }

    private static void reportPublicGrantee(PropertyMap grantee, String label, ResourceCheckContext ctx) {
        grantee.string("uri").filter(PUBLIC_GRANTEE_URIS::contains).ifPresent(uri ->
                ctx.report(label + " is " + uri + "; S3 buckets must not grant access through public ACLs"));
    }

    public static ResourcePolicy noPublicPrincipal() {
        return ResourcePolicy.builder("s3-no-public-principal")
                .description("S3 bucket policies do not allow Principal \"*\" without a Condition")
                .severity(Severity.CRITICAL).controls("S3.2", "S3.3")
                .types(S3_BUCKET_POLICY, S3_BUCKET, S3_BUCKET_V2)
                .fix("Name the principal (e.g. the CloudFront service with an AWS:SourceArn condition) instead of \"*\"")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "policy")) {
                        if (s.allow() && s.principalIsEveryone() && !s.hasCondition()) {
                            ctx.report(s.label() + " allows Principal \"*\" without a Condition; "
                                    + "bucket policies must not grant access to everyone");
                        }
                    }
                }))
                .build();
    }

    /** Bucket names from the forms other resources use: name, ARN, or S3 domain name. */
    static String bucketName(String reference) {
        String s = reference;
        int arn = s.indexOf(":s3:::");
        if (s.startsWith("arn:") && arn > 0) {
            s = s.substring(arn + ":s3:::".length());
            int slash = s.indexOf('/');
            return slash < 0 ? s : s.substring(0, slash);
        }
        int domain = s.indexOf(".s3.");
        if (domain < 0) {
            domain = s.indexOf(".s3-");
        }
        return domain > 0 && s.endsWith(".amazonaws.com") ? s.substring(0, domain) : s;
    }
}
