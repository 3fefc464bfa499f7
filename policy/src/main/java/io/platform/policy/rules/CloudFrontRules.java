package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_SOURCE;

/** CloudFront distribution rules (resource rules, and the stack rule {@link #logging()}). */
public final class CloudFrontRules {
    private static final Set<String> HTTPS_VIEWER_POLICIES = Set.of("redirect-to-https", "https-only");
    /** bucket.s3.amazonaws.com, bucket.s3.us-east-1.amazonaws.com, bucket.s3-us-west-2.amazonaws.com */
    private static final Pattern S3_DOMAIN = Pattern.compile(".+\\.s3([.-][a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?");

    private CloudFrontRules() {
    }

    public static List<Policy> all() {
        return List.of(httpsOnly(), minimumTls(), s3OriginAccessControl(), waf(), logging());
    }

    public static ResourcePolicy httpsOnly() {
        return ResourcePolicy.builder("cloudfront-https-only")
                .description("Viewers must use HTTPS (redirect-to-https or https-only)")
                .severity(Severity.HIGH).controls("CloudFront.3")
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set viewerProtocolPolicy to redirect-to-https on every cache behavior")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.has("defaultCacheBehavior")) {
                        checkViewerPolicy(p.map("defaultCacheBehavior"), "defaultCacheBehavior", ctx);
                    }
                    List<PropertyMap> ordered = p.maps("orderedCacheBehaviors");
                    for (int i = 0; i < ordered.size(); i++) {
                        checkViewerPolicy(ordered.get(i), "orderedCacheBehaviors[" + i + "]", ctx);
                    }
                })
                .build();
    }

    private static void checkViewerPolicy(PropertyMap behavior, String label, ResourceCheckContext ctx) {
        String policy = behavior.string("viewerProtocolPolicy").orElse(null);
        if (policy == null || !HTTPS_VIEWER_POLICIES.contains(policy)) {
            ctx.report(label + ".viewerProtocolPolicy is " + (policy == null ? "not set" : policy)
                    + "; viewers must use HTTPS (redirect-to-https or https-only)");
        }
    }

    public static ResourcePolicy minimumTls() {
        return ResourcePolicy.builder("cloudfront-minimum-tls")
                .description("Viewer connections use TLSv1.2_2021 or newer")
                .severity(Severity.HIGH)
                .types(CLOUDFRONT_DISTRIBUTION)
                .setting(Setting.strings("allowedProtocolVersions", "Allowed viewerCertificate.minimumProtocolVersion values",
                        List.of("TLSv1.2_2021")))
                .fix("Use an ACM certificate (sslSupportMethod sni-only) with minimumProtocolVersion TLSv1.2_2021")
                .check((r, ctx) -> {
                    PropertyMap cert = r.properties().map("viewerCertificate");
                    List<String> allowed = ctx.settings().strings("allowedProtocolVersions");
                    String why = "; the minimum viewer protocol must be " + String.join(" or ", allowed);
                    if (cert.bool("cloudfrontDefaultCertificate", false)) {
                        ctx.report("viewerCertificate.cloudfrontDefaultCertificate is true (viewers may use TLSv1)" + why);
                        return;
                    }
                    String version = cert.string("minimumProtocolVersion").orElse(null);
                    if (version == null || !allowed.contains(version)) {
                        ctx.report("viewerCertificate.minimumProtocolVersion is "
                                + (version == null ? "not set (TLSv1)" : version) + why);
                    }
                })
                .build();
    }

    public static ResourcePolicy s3OriginAccessControl() {
        return ResourcePolicy.builder("cloudfront-s3-origin-access-control")
                .description("S3 origins are reached through Origin Access Control")
                .severity(Severity.HIGH).controls("CloudFront.13")
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Create an OriginAccessControl (sigv4, always) and set originAccessControlId on the S3 origin")
                .check((r, ctx) -> {
                    List<PropertyMap> origins = r.properties().maps("origins");
                    for (int i = 0; i < origins.size(); i++) {
                        PropertyMap origin = origins.get(i);
                        String label = "origins[" + origin.string("originId").orElse(String.valueOf(i)) + "]";
                        try {
                            if (isS3Origin(origin) && origin.nonBlank("originAccessControlId").isEmpty()) {
                                ctx.report(label + ".originAccessControlId is not set for an S3 origin; "
                                        + "S3 origins must be reached through Origin Access Control");
                            }
                        } catch (UnknownValueException e) {
                            // This origin's domain is not known yet; judge the others.
                        }
                    }
                })
                .build();
    }

    private static boolean isS3Origin(PropertyMap origin) {
        return origin.has("s3OriginConfig")
                || origin.string("domainName").filter(d -> S3_DOMAIN.matcher(d).matches()).isPresent();
    }

    public static ResourcePolicy waf() {
        return ResourcePolicy.builder("cloudfront-waf")
                .description("Distributions are protected by a WAF web ACL")
                .severity(Severity.MEDIUM).controls("CloudFront.6")
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set webAclId to the ARN of a CLOUDFRONT-scope WAFv2 web ACL")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "webAclId", ctx, "",
                        "distributions must be protected by a CLOUDFRONT-scope WAF web ACL"))
                .build();
    }

    /**
     * Distributions write standard access logs, one of two ways:
     * <ul>
     *   <li><b>legacy</b> standard logging: {@code loggingConfig.bucket} on the distribution. This is
     *   what the rule has always accepted, with the same messages. CloudFront then writes with the
     *   {@code awslogsdelivery} account through bucket ACLs, so the target bucket must have ACLs
     *   enabled — which {@code s3-ownership-enforced} forbids;</li>
     *   <li><b>standard logging v2</b> (CloudWatch vended logs): a {@code LogDeliverySource} whose
     *   {@code resourceArn} is the distribution and {@code logType} is {@code ACCESS_LOGS}, and a
     *   {@code LogDelivery} from that source to a destination (S3, CloudWatch Logs or Firehose).
     *   Delivery writes as the bucket owner, so it works with BucketOwnerEnforced buckets.</li>
     * </ul>
     * v2 is declared outside the distribution, so this is a stack rule that joins source and
     * delivery to the distribution (through property dependencies, or by ARN and source name).
     * It was a resource rule until v2 existed; the id, level, severity and legacy messages are
     * unchanged, so pack configs and exemptions keep working. Under the Pulumi CLI it now runs in
     * AnalyzeStack (still before anything is deployed) instead of per-resource Analyze.
     */
    public static StackPolicy logging() {
        return StackPolicy.builder("cloudfront-logging")
                .description("Distributions write standard access logs: legacy loggingConfig.bucket, or a standard "
                        + "logging v2 delivery (LogDeliverySource of the distribution's ACCESS_LOGS with a LogDelivery)")
                .severity(Severity.MEDIUM).controls("CloudFront.5")
                .inspects(CLOUDFRONT_DISTRIBUTION, LOG_DELIVERY_SOURCE, LOG_DELIVERY)
                .fix("Declare a LogDeliverySource (logType ACCESS_LOGS, resourceArn the distribution's ARN, in us-east-1) "
                        + "and a LogDelivery to a LogDeliveryDestination; or set loggingConfig.bucket (legacy, needs bucket ACLs)")
                .check((stack, ctx) -> ctx.forEach(stack.ofType(CLOUDFRONT_DISTRIBUTION), distribution -> {
                    PropertyMap p = distribution.properties();
                    boolean legacy = p.has("loggingConfig") && p.map("loggingConfig").has("bucket");
                    if (legacy) {
                        return;
                    }
                    List<PolicyResource> sources = stack.referrers(distribution, Joins.LOG_SOURCE_DISTRIBUTION).stream()
                            .filter(CloudFrontRules::sendsAccessLogs).toList();
                    boolean delivered = sources.stream().flatMap(s -> stack.referrers(s, Joins.LOG_DELIVERY_SOURCE_NAME).stream())
                            .anyMatch(d -> d.properties().has("deliveryDestinationArn"));
                    if (delivered) {
                        return;
                    }
                    String legacyState = p.has("loggingConfig") ? "loggingConfig.bucket is not set" : "loggingConfig is not set";
                    String v2State = sources.isEmpty()
                            ? "no " + LOG_DELIVERY_SOURCE + " sends its ACCESS_LOGS (standard logging v2)"
                            : "its " + LOG_DELIVERY_SOURCE + " " + sources.get(0).name() + " has no " + LOG_DELIVERY
                            + " to a destination (standard logging v2)";
                    ctx.report(distribution, legacyState + " and " + v2State
                            + "; distributions must write standard access logs");
                }))
                .build();
    }

    /** CloudFront sources only offer ACCESS_LOGS; a source whose type is not known yet counts. */
    private static boolean sendsAccessLogs(PolicyResource source) {
        PropertyMap p = source.properties();
        return p.isUnknown("logType") || "ACCESS_LOGS".equals(p.string("logType").orElse("ACCESS_LOGS"));
    }
}
