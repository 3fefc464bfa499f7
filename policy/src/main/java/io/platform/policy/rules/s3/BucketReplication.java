package io.platform.policy.rules.s3;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;
import io.platform.policy.sdk.UnknownValueException;

import java.util.HashSet;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_REPLICATION;

/**
 * Buckets replicate to another region (advisory: the platform replicates only when a DR region is
 * set). Replication destinations and access-log buckets are not asked to replicate themselves.
 */
public final class BucketReplication {
    private static final Reference DESTINATION = Joins.bucketCompanion(S3_REPLICATION, "rules.destination.bucket");

    private BucketReplication() {
    }

    public static StackPolicy policy() {
        Reference source = Joins.bucketCompanion(S3_REPLICATION, "bucket");
        return StackPolicy.builder("s3-bucket-replication")
                .description("Buckets replicate to another region (destinations and access-log buckets excepted)")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("S3.7"))
                .inspects(S3_BUCKET, S3_REPLICATION)
                .fix("Set the stack's DR region so buckets replicate, or declare a BucketReplicationConfig")
                .check((stack, ctx) -> {
                    Set<String> excused = destinations(stack);
                    excused.addAll(BucketCompanions.accessLogBuckets(stack));
                    ctx.forEach(stack.of(S3_BUCKET), bucket -> {
                        if (excused.contains(bucket.urn()) || !stack.referrers(bucket, source).isEmpty()
                                || BucketCompanions.declaresInline(bucket,
                                BucketCompanions.inline("replicationConfiguration", "replicationConfigurations"))) {
                            return;
                        }
                        BucketCompanions.requireLogTargetsKnown(stack);
                        ctx.report(bucket, "bucket has no replication (inline, or " + S3_REPLICATION.current()
                                + "); replicate buckets to another region for disaster recovery");
                    });
                })
                .build();
    }

    private static Set<String> destinations(StackResources stack) {
        Set<String> out = new HashSet<>();
        for (PolicyResource config : stack.of(S3_REPLICATION)) {
            stack.targets(config, DESTINATION).forEach(b -> out.add(b.urn()));
        }
        for (PolicyResource bucket : stack.of(S3_BUCKET)) {
            if (!bucket.type().equals(S3Inline.BUCKET_V6)) {
                continue;
            }
            try {
                for (PropertyMap rule : bucket.properties().map("replicationConfiguration").maps("rules")) {
                    rule.map("destination").string("bucket").ifPresent(arn -> stack.of(S3_BUCKET).stream()
                            .filter(b -> Joins.bucketName(arn).equals(Secret.unwrap(b.properties().raw("bucket"))))
                            .forEach(b -> out.add(b.urn())));
                }
            } catch (UnknownValueException e) {
                // a destination not known yet: that bucket simply is not recognised as one
            }
        }
        return out;
    }
}
