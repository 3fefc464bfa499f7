package io.platform.edge;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudfront.Distribution;
import com.pulumi.aws.cloudfront.DistributionArgs;
import com.pulumi.aws.cloudfront.OriginAccessControl;
import com.pulumi.aws.cloudfront.OriginAccessControlArgs;
import com.pulumi.aws.cloudfront.ResponseHeadersPolicy;
import com.pulumi.aws.cloudfront.ResponseHeadersPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionCustomErrorResponseArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionDefaultCacheBehaviorArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionDefaultCacheBehaviorFunctionAssociationArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionRestrictionsArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionRestrictionsGeoRestrictionArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionViewerCertificateArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigContentSecurityPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigContentTypeOptionsArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigFrameOptionsArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigReferrerPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurityArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigXssProtectionArgs;
import com.pulumi.aws.cloudwatch.LogDeliveryArgs;
import com.pulumi.aws.cloudwatch.LogDeliveryDestination;
import com.pulumi.aws.cloudwatch.LogDeliveryDestinationArgs;
import com.pulumi.aws.cloudwatch.LogDeliverySource;
import com.pulumi.aws.cloudwatch.LogDeliverySourceArgs;
import com.pulumi.aws.cloudwatch.inputs.LogDeliveryDestinationDeliveryDestinationConfigurationArgs;
import com.pulumi.aws.cloudwatch.inputs.LogDeliveryS3DeliveryConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.EdgeConfig;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.storage.LogDelivery;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One static front end (SPEC §3.5): a private SSE-KMS bucket that only its distribution can
 * read (Origin Access Control, SigV4 on every request), the distribution (HTTPS only,
 * TLSv1.2_2021, HTTP/2 and 3, compression, price class 100, SPA fallback, security headers,
 * geo allow-list, the CLOUDFRONT web ACL), and its standard logs (v2) into the access-log bucket.
 *
 * <p>The distribution is declared before the bucket: its origin is the bucket's deterministic
 * regional domain name, and the bucket policy is built from the distribution's ARN, so the
 * policy names exactly that distribution without a dependency cycle.
 */
public final class StaticSite extends ComponentResource {
    /** AWS's managed "CachingOptimized" cache policy (a fixed, documented id in every account). */
    static final String CACHING_OPTIMIZED_POLICY_ID = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    static final String INDEX = "index.html";
    /** S3 answers 403 for a missing key when the reader may not list the bucket, 404 when it may. */
    static final List<Integer> SPA_FALLBACK_ERRORS = List.of(403, 404);
    static final int SPA_ERROR_CACHING_SECONDS = 10;
    static final int HSTS_MAX_AGE_SECONDS = 31_536_000;
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PRICE_CLASS = "PriceClass_100";
    static final String HTTP_VERSION = "http2and3";
    static final String MINIMUM_TLS = "TLSv1.2_2021";
    static final String LOG_FORMAT = "w3c";
    /** Under {@code cloudfront/<front end>/}: one folder per distribution, then by hour. */
    static final String LOG_SUFFIX = "{DistributionId}/{yyyy}/{MM}/{dd}/{HH}";

    /**
     * @param certificateArn the validated us-east-1 certificate covering the front end's names (none: the
     *                       front end has no names and answers on {@code *.cloudfront.net})
     * @param webAclArn      the CLOUDFRONT-scope web ACL
     * @param usEast1        provider of the log delivery (CloudFront's delivery sources live in us-east-1)
     * @param apiDomain      the API's name, the origin of the front end's {@code apiPaths}
     */
    public record Args(Naming naming, AwsAccount account, EdgeConfig.FrontEnd frontEnd,
                       Optional<Output<String>> certificateArn, Output<String> webAclArn, Output<String> s3KeyArn,
                       Output<String> accessLogsBucketName, Provider usEast1, Optional<String> apiDomain) {
    }

    private final Distribution distribution;
    private final SecureBucket bucket;
    private final Map<String, SecureBucket> originBuckets;

    public StaticSite(String name, Args args, ComponentResourceOptions options) {
        super("platform:edge:StaticSite", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        AwsAccount account = args.account();
        EdgeConfig.FrontEnd frontEnd = args.frontEnd();
        String site = frontEnd.name();
        String purpose = site + "-site";

        Output<String> bucketName = account.accountId().applyValue(id -> naming.bucketName(purpose, id));
        Output<String> bucketArn = Output.tuple(account.partition(), bucketName)
                .applyValue(t -> "arn:" + t.t1 + ":s3:::" + t.t2);
        Output<String> originDomain = bucketName.applyValue(b -> b + ".s3." + account.region() + ".amazonaws.com");

        OriginAccessControl oac = new OriginAccessControl(naming.name(site + "-oac"), OriginAccessControlArgs.builder()
                .name(naming.globalName(site + "-oac"))
                .description("CloudFront signs every request to the " + site + " site bucket (SigV4)")
                .originAccessControlOriginType("s3")
                .signingBehavior("always")
                .signingProtocol("sigv4")
                .build(), child);

        ResponseHeadersPolicy headers = new ResponseHeadersPolicy(naming.name(site + "-security-headers"),
                ResponseHeadersPolicyArgs.builder()
                        .name(naming.globalName(site + "-security-headers"))
                        .comment("Security headers of the " + site + " front end")
                        .securityHeadersConfig(securityHeaders(frontEnd.contentSecurityPolicy()))
                        .build(), child);

        String originId = "s3-" + purpose;
        List<DistributionOriginArgs> origins = new ArrayList<>(List.of(DistributionOriginArgs.builder()
                .originId(originId)
                .domainName(originDomain)
                .originAccessControlId(oac.id())
                .build()));
        origins.addAll(SiteOrigins.origins(frontEnd, args.apiDomain(), naming, account.accountId(), account.region(),
                oac.id()));
        boolean extraOrigins = origins.size() > 1;
        var defaultBehavior = DistributionDefaultCacheBehaviorArgs.builder()
                .targetOriginId(originId)
                .viewerProtocolPolicy("redirect-to-https")
                .allowedMethods("GET", "HEAD", "OPTIONS")
                .cachedMethods("GET", "HEAD")
                .compress(true)
                .cachePolicyId(CACHING_OPTIMIZED_POLICY_ID)
                .responseHeadersPolicyId(headers.id());
        var distributionArgs = DistributionArgs.builder()
                .enabled(true)
                .comment(naming.name(site) + " static front end")
                .aliases(frontEnd.domainNames())
                .defaultRootObject(INDEX)
                .httpVersion(HTTP_VERSION)
                .isIpv6Enabled(true)
                .priceClass(PRICE_CLASS)
                .origins(origins)
                .restrictions(DistributionRestrictionsArgs.builder()
                        .geoRestriction(geoRestriction(frontEnd.geoAllowList(), frontEnd.geoBlockList()))
                        .build())
                .viewerCertificate(viewerCertificate(args))
                .webAclId(args.webAclArn())
                .tags(naming.tags(site + "-cdn"));
        if (extraOrigins) {
            // Error pages apply to every path, so an API's or a bucket's 403/404 would become the SPA's
            // index.html: the SPA's routes are rewritten at the edge instead, for the site bucket only.
            defaultBehavior.functionAssociations(DistributionDefaultCacheBehaviorFunctionAssociationArgs.builder()
                    .eventType("viewer-request").functionArn(SpaRouting.declare(naming, site, child).arn()).build());
            distributionArgs.orderedCacheBehaviors(SiteOrigins.behaviors(frontEnd, headers.id()));
        } else {
            // Single-page app: unknown paths are client-side routes, served by index.html.
            distributionArgs.customErrorResponses(SPA_FALLBACK_ERRORS.stream().map(code ->
                    DistributionCustomErrorResponseArgs.builder()
                            .errorCode(code)
                            .responseCode(200)
                            .responsePagePath("/" + INDEX)
                            .errorCachingMinTtl(SPA_ERROR_CACHING_SECONDS)
                            .build()).toList());
        }
        this.distribution = new Distribution(naming.name(site + "-cdn"),
                distributionArgs.defaultCacheBehavior(defaultBehavior.build()).build(), child);

        this.bucket = new SecureBucket(naming.name(purpose + "-bucket"), SecureBucketArgs.of(naming, purpose, bucketName,
                        SecureBucketArgs.Encryption.kms(args.s3KeyArn()), Optional.of(args.accessLogsBucketName()))
                .withExtraStatements(Output.tuple(bucketArn, distribution.arn()).applyValue(t -> List.of(
                        oacRead(t.t1, t.t2)))),
                ComponentResourceOptions.builder().parent(this).build());
        this.originBuckets = SiteOrigins.buckets(args, distribution.arn(), ComponentResourceOptions.builder().parent(this)
                .build());

        standardLogs(naming, account, site, args, CustomResourceOptions.builder().parent(this)
                .provider(args.usEast1()).build());

        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("bucketName", bucket.bucketName());
        outputs.put("distributionId", distribution.id());
        outputs.put("distributionDomainName", distribution.domainName());
        registerOutputs(outputs);
    }

    private static ResponseHeadersPolicySecurityHeadersConfigArgs securityHeaders(String contentSecurityPolicy) {
        return ResponseHeadersPolicySecurityHeadersConfigArgs.builder()
                .strictTransportSecurity(ResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurityArgs.builder()
                        .accessControlMaxAgeSec(HSTS_MAX_AGE_SECONDS).includeSubdomains(true).preload(true)
                        .override(true).build())
                .contentTypeOptions(ResponseHeadersPolicySecurityHeadersConfigContentTypeOptionsArgs.builder()
                        .override(true).build())
                .frameOptions(ResponseHeadersPolicySecurityHeadersConfigFrameOptionsArgs.builder()
                        .frameOption("DENY").override(true).build())
                .referrerPolicy(ResponseHeadersPolicySecurityHeadersConfigReferrerPolicyArgs.builder()
                        .referrerPolicy(REFERRER_POLICY).override(true).build())
                .contentSecurityPolicy(ResponseHeadersPolicySecurityHeadersConfigContentSecurityPolicyArgs.builder()
                        .contentSecurityPolicy(contentSecurityPolicy).override(true).build())
                // "X-XSS-Protection: 0": the legacy auditor is itself exploitable (OWASP); the CSP protects instead.
                .xssProtection(ResponseHeadersPolicySecurityHeadersConfigXssProtectionArgs.builder()
                        .protection(false).override(true).build())
                .build();
    }

    /** The distribution may read objects of {@code bucketArn}, and only through OAC. */
    static Statement oacRead(String bucketArn, String distributionArn) {
        return Statement.allow("CloudFrontOriginAccessControlRead")
                .servicePrincipal("cloudfront.amazonaws.com")
                .actions("s3:GetObject")
                .resources(bucketArn + "/*")
                .condition("StringEquals", "AWS:SourceArn", distributionArn);
    }

    /** An allow-list (whitelist) or block-list (blacklist) of countries; neither: no restriction. */
    private static DistributionRestrictionsGeoRestrictionArgs geoRestriction(List<String> allowList,
                                                                             List<String> blockList) {
        var geo = DistributionRestrictionsGeoRestrictionArgs.builder();
        if (!allowList.isEmpty()) {
            return geo.restrictionType("whitelist").locations(allowList).build();
        }
        return blockList.isEmpty() ? geo.restrictionType("none").locations(List.of()).build()
                : geo.restrictionType("blacklist").locations(blockList).build();
    }

    /**
     * The front end's ACM certificate with TLSv1.2_2021; without names of its own, CloudFront's
     * default certificate for {@code *.cloudfront.net}, which cannot set a minimum protocol (an explicit
     * {@code cloudFrontDefaultCertificate: true} in config).
     */
    private static DistributionViewerCertificateArgs viewerCertificate(Args args) {
        return args.certificateArn().map(arn -> DistributionViewerCertificateArgs.builder()
                        .acmCertificateArn(arn)
                        .sslSupportMethod("sni-only")
                        .minimumProtocolVersion(MINIMUM_TLS)
                        .build())
                .orElseGet(() -> DistributionViewerCertificateArgs.builder().cloudfrontDefaultCertificate(true).build());
    }

    /**
     * Standard logging v2 (CloudWatch vended logs): source = this distribution, destination = the
     * access-log bucket under {@code cloudfront/<site>}. Unlike legacy logging, delivery writes as
     * the bucket owner, so the bucket keeps ACLs disabled (BucketOwnerEnforced).
     */
    private void standardLogs(Naming naming, AwsAccount account, String site, Args args, CustomResourceOptions usEast1) {
        LogDeliverySource source = new LogDeliverySource(naming.name(site + "-cdn-logs-source"),
                LogDeliverySourceArgs.builder()
                        .name(naming.globalName(site + "-cdn"))
                        .logType("ACCESS_LOGS")
                        .resourceArn(distribution.arn())
                        .tags(naming.tags(site + "-cdn-logs-source"))
                        .build(), usEast1);
        LogDeliveryDestination destination = new LogDeliveryDestination(naming.name(site + "-cdn-logs-destination"),
                LogDeliveryDestinationArgs.builder()
                        .name(naming.globalName(site + "-cdn-s3"))
                        .outputFormat(LOG_FORMAT)
                        .deliveryDestinationConfiguration(LogDeliveryDestinationDeliveryDestinationConfigurationArgs.builder()
                                .destinationResourceArn(Output.format("arn:%s:s3:::%s/%s/%s", account.partition(),
                                        args.accessLogsBucketName(), LogDelivery.CLOUDFRONT_PREFIX, site))
                                .build())
                        .tags(naming.tags(site + "-cdn-logs-destination"))
                        .build(), usEast1);
        new com.pulumi.aws.cloudwatch.LogDelivery(naming.name(site + "-cdn-logs"), LogDeliveryArgs.builder()
                .deliverySourceName(source.name())
                .deliveryDestinationArn(destination.arn())
                .s3DeliveryConfigurations(LogDeliveryS3DeliveryConfigurationArgs.builder()
                        .suffixPath(LOG_SUFFIX)
                        .enableHiveCompatiblePath(false)
                        .build())
                .tags(naming.tags(site + "-cdn-logs"))
                .build(), usEast1);
    }

    public Output<String> bucketName() {
        return bucket.bucketName();
    }

    /** Bucket-origin name → its bucket's name. */
    public java.util.Map<String, Output<String>> originBucketNames() {
        java.util.Map<String, Output<String>> names = new LinkedHashMap<>();
        originBuckets.forEach((origin, bucket) -> names.put(origin, bucket.bucketName()));
        return names;
    }

    public Output<String> distributionId() {
        return distribution.id();
    }

    public Output<String> distributionArn() {
        return distribution.arn();
    }

    public Output<String> domainName() {
        return distribution.domainName();
    }

    public Output<String> hostedZoneId() {
        return distribution.hostedZoneId();
    }
}
