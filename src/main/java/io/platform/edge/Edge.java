package io.platform.edge;

import com.pulumi.aws.Provider;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.EdgeConfig;
import io.platform.config.Naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edge tier (SPEC §3.5): the names users reach and the CDN. Route 53 alias records in the
 * configured zone — the API's name to the ALB, each front end's names to its distribution —
 * one {@link StaticSite} per configured front end, and the CLOUDFRONT-scope web ACL they share.
 * It comes after compute (the ALB) and uses the certificates tier's zone, us-east-1 provider
 * and CloudFront certificate.
 */
public final class Edge extends ComponentResource {
    /** Record types of a distribution's names: distributions are IPv6-enabled. */
    static final List<String> DISTRIBUTION_RECORD_TYPES = List.of("A", "AAAA");

    private final Optional<Record> apiRecord;
    private final Optional<WebAcl> cdnWebAcl;
    private final Map<String, StaticSite> sites = new LinkedHashMap<>();

    public Edge(String name, EdgeArgs args, ComponentResourceOptions options) {
        super("platform:edge:Edge", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        EdgeConfig config = args.config();
        Output<String> zoneId = args.certificates().zoneId();

        // The ALB is IPv4-only (no dualstack address type), so its name gets an A alias only.
        this.apiRecord = config.apiDomain().filter(domain -> !args.apiFailover()).map(domain -> alias(naming.name("api-alias-a"), zoneId, domain, "A",
                args.albDnsName(), args.albZoneId(), true, child));

        if (config.frontEnds().isEmpty()) {
            this.cdnWebAcl = Optional.empty();
        } else {
            Provider usEast1 = args.certificates().usEast1().orElseThrow(() ->
                    new IllegalStateException("front ends need the certificates tier's us-east-1 provider"));
            Optional<Output<String>> certificateArn = args.certificates().cdnCertificateArn();
            var inUsEast1 = CustomResourceOptions.builder().parent(this).provider(usEast1).build();
            WebAcl acl = CdnFirewall.declare(naming, config.cdnRateLimitPer5Minutes(), inUsEast1);
            CdnFirewall.declareLogging(naming, args.account(), acl, args.logsKeyArn(), args.logRetentionDays(), inUsEast1);
            this.cdnWebAcl = Optional.of(acl);

            for (EdgeConfig.FrontEnd frontEnd : config.frontEnds()) {
                if (!frontEnd.defaultCertificate() && certificateArn.isEmpty()) {
                    throw new IllegalStateException("front end " + frontEnd.name() + " has names but no certificate");
                }
                StaticSite site = new StaticSite(naming.name(frontEnd.name() + "-frontend"), new StaticSite.Args(naming,
                        args.account(), frontEnd, frontEnd.defaultCertificate() ? Optional.empty() : certificateArn,
                        acl.arn(), args.s3KeyArn(), args.accessLogsBucketName(), usEast1, config.apiDomain()),
                        ComponentResourceOptions.builder().parent(this).build());
                sites.put(frontEnd.name(), site);
                for (String domain : frontEnd.domainNames()) {
                    for (String type : DISTRIBUTION_RECORD_TYPES) {
                        // CloudFront alias targets cannot evaluate target health.
                        alias(naming.name(frontEnd.name() + "-alias-" + domain.replace('.', '-') + "-" + type.toLowerCase()),
                                zoneId, domain, type, site.domainName(), site.hostedZoneId(), false, child);
                    }
                }
            }
        }

        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        apiRecord.ifPresent(r -> outputs.put("apiFqdn", r.fqdn()));
        cdnWebAcl.ifPresent(acl -> outputs.put("cdnWebAclArn", acl.arn()));
        sites.forEach((site, s) -> outputs.put(site + "DistributionDomainName", s.domainName()));
        registerOutputs(outputs);
    }

    private static Record alias(String resourceName, Output<String> zoneId, String domain, String type, Output<String> target,
                         Output<String> targetZoneId, boolean evaluateTargetHealth, CustomResourceOptions options) {
        return new Record(resourceName, RecordArgs.builder()
                .zoneId(zoneId)
                .name(domain)
                .type(type)
                .aliases(RecordAliasArgs.builder()
                        .name(target)
                        .zoneId(targetZoneId)
                        .evaluateTargetHealth(evaluateTargetHealth)
                        .build())
                .build(), options);
    }

    /** The API's record, when {@code platform:edge.apiDomain} is set. */
    public Optional<Output<String>> apiFqdn() {
        return apiRecord.map(Record::fqdn);
    }

    /** The CLOUDFRONT-scope web ACL, when the stack has front ends. */
    public Optional<Output<String>> cdnWebAclArn() {
        return cdnWebAcl.map(WebAcl::arn);
    }

    /** Front end name → its static site (bucket, distribution). */
    public Map<String, StaticSite> sites() {
        return java.util.Collections.unmodifiableMap(sites);
    }

    /** Front end name → its distribution's domain name ({@code d….cloudfront.net}). */
    public Map<String, Output<String>> distributionDomainNames() {
        Map<String, Output<String>> out = new LinkedHashMap<>();
        sites.forEach((site, s) -> out.put(site, s.domainName()));
        return out;
    }

    /** Front end name → its distribution's id, for CloudFront's metrics. */
    public Map<String, Output<String>> distributionIds() {
        Map<String, Output<String>> out = new LinkedHashMap<>();
        sites.forEach((site, s) -> out.put(site, s.distributionId()));
        return out;
    }

    /** Front end name → its site bucket's name. */
    public Map<String, Output<String>> siteBucketNames() {
        Map<String, Output<String>> out = new LinkedHashMap<>();
        sites.forEach((site, s) -> out.put(site, s.bucketName()));
        return out;
    }
}
