package io.platform.edge;

import com.pulumi.aws.cloudfront.inputs.DistributionOrderedCacheBehaviorArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginCustomOriginConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.config.EdgeConfig;
import io.platform.config.Naming;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A front end's origins beyond its site bucket: the ALB for {@code apiPaths} (reached through the
 * API's domain over TLS 1.2, never cached, every viewer header but Host forwarded, HTTPS only), and
 * private buckets served on their own paths through the site's Origin Access Control, each with a
 * bucket policy naming only this distribution.
 */
final class SiteOrigins {
    /** AWS's managed "CachingDisabled" cache policy: an API answer is never served from the edge. */
    static final String CACHING_DISABLED_POLICY_ID = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    /** AWS's managed "AllViewerExceptHostHeader" origin request policy: the ALB sees its own name as Host. */
    static final String ALL_VIEWER_EXCEPT_HOST_POLICY_ID = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
    static final String API_ORIGIN_ID = "alb-api";
    static final List<String> ALL_METHODS = List.of("GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE");
    static final int ORIGIN_READ_TIMEOUT_SECONDS = 60;

    private SiteOrigins() {
    }

    static List<DistributionOriginArgs> origins(EdgeConfig.FrontEnd frontEnd, Optional<String> apiDomain,
                                                Naming naming, Output<String> accountId, String region,
                                                Output<String> oacId) {
        List<DistributionOriginArgs> origins = new ArrayList<>();
        if (!frontEnd.apiPaths().isEmpty()) {
            origins.add(DistributionOriginArgs.builder()
                    .originId(API_ORIGIN_ID)
                    .domainName(apiDomain.orElseThrow())
                    .customOriginConfig(DistributionOriginCustomOriginConfigArgs.builder()
                            .httpPort(80).httpsPort(443)
                            .originProtocolPolicy("https-only")
                            .originSslProtocols("TLSv1.2")
                            .originReadTimeout(ORIGIN_READ_TIMEOUT_SECONDS)
                            .originKeepaliveTimeout(5)
                            .build())
                    .build());
        }
        for (EdgeConfig.BucketOrigin origin : frontEnd.bucketOrigins()) {
            origins.add(DistributionOriginArgs.builder()
                    .originId(originId(frontEnd, origin))
                    .domainName(accountId.applyValue(id -> bucketName(naming, frontEnd, origin, id) + ".s3." + region
                            + ".amazonaws.com"))
                    .originAccessControlId(oacId)
                    .build());
        }
        return origins;
    }

    /** API paths first (their patterns are the more specific), then the bucket paths. */
    static List<DistributionOrderedCacheBehaviorArgs> behaviors(EdgeConfig.FrontEnd frontEnd, Output<String> headersId) {
        List<DistributionOrderedCacheBehaviorArgs> behaviors = new ArrayList<>();
        for (String path : frontEnd.apiPaths()) {
            behaviors.add(DistributionOrderedCacheBehaviorArgs.builder()
                    .pathPattern(path)
                    .targetOriginId(API_ORIGIN_ID)
                    // No redirect: a redirected POST would arrive as a GET.
                    .viewerProtocolPolicy("https-only")
                    .allowedMethods(ALL_METHODS)
                    .cachedMethods("GET", "HEAD")
                    .compress(true)
                    .cachePolicyId(CACHING_DISABLED_POLICY_ID)
                    .originRequestPolicyId(ALL_VIEWER_EXCEPT_HOST_POLICY_ID)
                    .responseHeadersPolicyId(headersId)
                    .build());
        }
        for (EdgeConfig.BucketOrigin origin : frontEnd.bucketOrigins()) {
            behaviors.add(DistributionOrderedCacheBehaviorArgs.builder()
                    .pathPattern(origin.pathPattern())
                    .targetOriginId(originId(frontEnd, origin))
                    .viewerProtocolPolicy("redirect-to-https")
                    .allowedMethods("GET", "HEAD", "OPTIONS")
                    .cachedMethods("GET", "HEAD")
                    .compress(true)
                    .cachePolicyId(StaticSite.CACHING_OPTIMIZED_POLICY_ID)
                    .responseHeadersPolicyId(headersId)
                    .build());
        }
        return behaviors;
    }

    /** One private, KMS-encrypted bucket per bucket origin, readable only by this distribution. */
    static Map<String, SecureBucket> buckets(StaticSite.Args args, Output<String> distributionArn,
                                             ComponentResourceOptions parent) {
        Naming naming = args.naming();
        EdgeConfig.FrontEnd frontEnd = args.frontEnd();
        Map<String, SecureBucket> buckets = new LinkedHashMap<>();
        for (EdgeConfig.BucketOrigin origin : frontEnd.bucketOrigins()) {
            String purpose = frontEnd.name() + "-" + origin.name();
            Output<String> name = args.account().accountId().applyValue(id -> bucketName(naming, frontEnd, origin, id));
            Output<String> arn = Output.tuple(args.account().partition(), name).applyValue(t -> "arn:" + t.t1 + ":s3:::" + t.t2);
            buckets.put(origin.name(), new SecureBucket(naming.name(purpose + "-bucket"), SecureBucketArgs.of(naming, purpose, name,
                            SecureBucketArgs.Encryption.kms(args.s3KeyArn()), Optional.of(args.accessLogsBucketName()))
                    .withExtraStatements(Output.tuple(arn, distributionArn).applyValue(t -> List.of(
                            StaticSite.oacRead(t.t1, t.t2)))), parent));
        }
        return buckets;
    }

    static String bucketName(Naming naming, EdgeConfig.FrontEnd frontEnd, EdgeConfig.BucketOrigin origin, String accountId) {
        return naming.bucketName(frontEnd.name() + "-" + origin.name(), accountId);
    }

    private static String originId(EdgeConfig.FrontEnd frontEnd, EdgeConfig.BucketOrigin origin) {
        return "s3-" + frontEnd.name() + "-" + origin.name();
    }
}
