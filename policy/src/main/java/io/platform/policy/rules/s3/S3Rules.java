package io.platform.policy.rules.s3;

import io.platform.policy.sdk.Policy;

import java.util.List;

/**
 * S3 rules, one class each. Resource rules judge a setting where it is declared (inline on a bucket,
 * in either shape, or on its companion); the {@code s3-bucket-has-*} stack rules require every bucket
 * to have the companion (or the inline block).
 */
public final class S3Rules {
    private S3Rules() {
    }

    public static List<Policy> all() {
        return List.of(SseKms.policy(), BucketKeyEnabled.policy(), PublicAccessBlock.policy(), Versioning.policy(),
                OwnershipEnforced.policy(), TlsOnlyPolicy.policy(), NoPublicAcl.policy(), NoPublicPrincipal.policy(),
                NoCrossAccountAdminActions.policy(), AccessPointPublicAccessBlock.policy(),
                BucketHasPublicAccessBlock.policy(), BucketHasEncryption.policy(), BucketHasTlsPolicy.policy(),
                BucketHasVersioning.policy(), BucketHasOwnershipControls.policy(), BucketHasLifecycle.policy(),
                BucketAccessLogging.policy(), BucketReplication.policy());
    }
}
