package io.platform.policy.rules.s3;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;
import io.platform.policy.sdk.Unknown;
import io.platform.policy.sdk.UnknownValueException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_DESTINATION;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LOGGING;

/**
 * "Every bucket has its companion": a bucket passes when a resource of the companion's family (any of
 * its tokens) points at it, or when it declares the same block inline (either shape of the bucket token).
 */
final class BucketCompanions {
    /** Whatever writes access logs into a bucket makes it an access-log bucket. */
    static final List<Reference> ACCESS_LOG_WRITERS = List.of(Joins.LOGGING_TARGET, Joins.BUCKET_LOGGINGS_TARGET,
            Joins.LOAD_BALANCER_LOG_BUCKET, Joins.CLASSIC_LOAD_BALANCER_LOG_BUCKET, Joins.DISTRIBUTION_LOG_BUCKET,
            Joins.LOG_DESTINATION_BUCKET);
    static final List<TokenFamily> ACCESS_LOG_WRITER_FAMILIES = List.of(S3_BUCKET_LOGGING, S3_BUCKET, LOAD_BALANCER,
            CLASSIC_LOAD_BALANCER, CLOUDFRONT_DISTRIBUTION, LOG_DELIVERY_DESTINATION);

    private BucketCompanions() {
    }

    /**
     * @param inlineInputs for each bucket token, the inputs that declare the block inline
     */
    static StackPolicy.Builder rule(String id, TokenFamily companion, Map<String, List<String>> inlineInputs, String message) {
        Reference ref = Joins.bucketCompanion(companion, "bucket");
        return StackPolicy.builder(id).inspects(S3_BUCKET, companion).check((stack, ctx) ->
                ctx.forEach(stack.of(S3_BUCKET), bucket -> {
                    if (stack.referrers(bucket, ref).isEmpty() && !declaresInline(bucket, inlineInputs)) {
                        ctx.report(bucket, message);
                    }
                }));
    }

    static boolean declaresInline(PolicyResource bucket, Map<String, List<String>> inlineInputs) {
        for (String key : inlineInputs.getOrDefault(bucket.type(), List.of())) {
            if (declaresInline(bucket.properties(), key)) {
                return true;
            }
        }
        return false;
    }

    /** An inline block counts when it is unknown, an object, or a non-empty list. */
    static boolean declaresInline(PropertyMap p, String key) {
        Object v = Secret.unwrap(p.raw(key));
        if (v instanceof Unknown) {
            throw new UnknownValueException(key); // may or may not declare it: judged once known
        }
        return v instanceof Map<?, ?> || (v instanceof List<?> l && !l.isEmpty()) || (v instanceof String str && !str.isBlank());
    }

    /** URNs of buckets that receive access logs (S3 server access logs, load balancer or CloudFront logs). */
    /**
     * Throws {@link UnknownValueException} when some log writer's target bucket is not known yet: any bucket
     * not seen as a log bucket may be it.
     */
    static void requireLogTargetsKnown(StackResources stack) {
        for (Reference ref : ACCESS_LOG_WRITERS) {
            List<PolicyResource> open = stack.unresolved(ref);
            if (!open.isEmpty()) {
                throw new UnknownValueException(open.get(0).name() + "." + ref.property());
            }
        }
    }

    static Set<String> accessLogBuckets(StackResources stack) {
        Set<String> out = new HashSet<>();
        for (Reference ref : ACCESS_LOG_WRITERS) {
            for (PolicyResource writer : stack.ofTypes(ref.sourceTypes())) {
                stack.targets(writer, ref).forEach(b -> out.add(b.urn()));
            }
        }
        return out;
    }

    static Map<String, List<String>> inline(String v6Bucket, String bucketV2) {
        return Map.of(S3Inline.BUCKET_V6, List.of(v6Bucket, bucketV2), "aws:s3/bucketV2:BucketV2", List.of(bucketV2));
    }
}
