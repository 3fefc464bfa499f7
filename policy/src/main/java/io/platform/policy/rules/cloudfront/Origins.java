package io.platform.policy.rules.cloudfront;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.UnknownValueException;
import io.platform.policy.sdk.ResourceCheckContext;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** A distribution's origins, each judged on its own (an origin whose domain is not known yet hides only itself). */
final class Origins {
    /** bucket.s3.amazonaws.com, bucket.s3.us-east-1.amazonaws.com, bucket.s3-us-west-2.amazonaws.com */
    private static final Pattern S3_DOMAIN = Pattern.compile(".+\\.s3([.-][a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?");
    private static final Pattern LAMBDA_URL = Pattern.compile("[a-z0-9]+\\.lambda-url\\.[a-z0-9-]+\\.on\\.aws");

    private Origins() {
    }

    static void each(PolicyResource r, ResourceCheckContext ctx, BiConsumer<PropertyMap, String> check) {
        ctx.isolated(() -> {
            List<PropertyMap> origins = r.properties().maps("origins");
            for (int i = 0; i < origins.size(); i++) {
                PropertyMap origin = origins.get(i);
                int index = i;
                ctx.isolated(() -> check.accept(origin, "origins[" + origin.string("originId").orElse(String.valueOf(index)) + "]"));
            }
        });
    }

    /** Whether the origin is an S3 bucket; throws {@link UnknownValueException} while that is not known. */
    static boolean isS3(PropertyMap origin) {
        if (origin.isUnknown("s3OriginConfig")) {
            throw new UnknownValueException("s3OriginConfig");
        }
        return origin.has("s3OriginConfig")
                || origin.string("domainName").filter(d -> S3_DOMAIN.matcher(d).matches()).isPresent();
    }

    static boolean isLambdaUrl(PropertyMap origin) {
        return origin.string("domainName").filter(d -> LAMBDA_URL.matcher(d).matches()).isPresent();
    }
}
