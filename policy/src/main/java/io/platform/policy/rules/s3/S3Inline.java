package io.platform.policy.rules.s3;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;

import java.util.List;
import java.util.function.BiConsumer;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;

/**
 * Blocks a bucket may declare inline, in both shapes the {@code aws:s3/bucket:Bucket} token has had:
 * singular objects (6.x {@code Bucket}) and lists (6.x {@code BucketV2}, which 7.x renamed {@code Bucket}).
 * Each element is judged on its own, so an unknown element hides only itself.
 */
final class S3Inline {
    static final String BUCKET_V6 = "aws:s3/bucket:Bucket";

    private S3Inline() {
    }

    /** Whether the resource is a bucket of the family that may carry the list-shaped blocks. */
    static boolean listShaped(PolicyResource r) {
        return S3_BUCKET.has(r.type());
    }

    /**
     * Each default-encryption block ({@code applyServerSideEncryptionByDefault}) declared inline on a
     * bucket, with its input path.
     */
    static void eachEncryptionDefault(PolicyResource r, ResourceCheckContext ctx, BiConsumer<PropertyMap, String> check) {
        PropertyMap p = r.properties();
        if (r.type().equals(BUCKET_V6)) {
            ctx.isolated(() -> {
                if (p.has("serverSideEncryptionConfiguration")) {
                    check.accept(p.map("serverSideEncryptionConfiguration").map("rule").map("applyServerSideEncryptionByDefault"),
                            "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault");
                }
            });
        }
        ctx.isolated(() -> {
            List<PropertyMap> configs = p.maps("serverSideEncryptionConfigurations");
            for (int i = 0; i < configs.size(); i++) {
                PropertyMap config = configs.get(i);
                String configLabel = "serverSideEncryptionConfigurations[" + i + "]";
                ctx.isolated(() -> {
                    List<PropertyMap> rules = config.maps("rules");
                    for (int j = 0; j < rules.size(); j++) {
                        PropertyMap rule = rules.get(j);
                        String ruleLabel = configLabel + ".rules[" + j + "]";
                        ctx.isolated(() -> {
                            List<PropertyMap> defaults = rule.maps("applyServerSideEncryptionByDefaults");
                            for (int k = 0; k < defaults.size(); k++) {
                                PropertyMap d = defaults.get(k);
                                String label = ruleLabel + ".applyServerSideEncryptionByDefaults[" + k + "]";
                                ctx.isolated(() -> check.accept(d, label));
                            }
                        });
                    }
                });
            }
        });
    }

    /** Each inline versioning block ({@code versioning} or {@code versionings[i]}) with its path. */
    static void eachVersioning(PolicyResource r, ResourceCheckContext ctx, BiConsumer<PropertyMap, String> check) {
        PropertyMap p = r.properties();
        if (r.type().equals(BUCKET_V6)) {
            ctx.isolated(() -> {
                if (p.has("versioning")) {
                    check.accept(p.map("versioning"), "versioning");
                }
            });
        }
        ctx.isolated(() -> {
            List<PropertyMap> versionings = p.maps("versionings");
            for (int i = 0; i < versionings.size(); i++) {
                PropertyMap v = versionings.get(i);
                String label = "versionings[" + i + "]";
                ctx.isolated(() -> check.accept(v, label));
            }
        });
    }
}
