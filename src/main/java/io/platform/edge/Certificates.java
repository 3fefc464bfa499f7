package io.platform.edge;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.acm.outputs.CertificateDomainValidationOption;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.enums.RecordType;
import com.pulumi.core.Either;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.EdgeConfig;
import io.platform.config.Naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates tier (SPEC §3.5): the Route 53 zone, ACM certificates validated through DNS
 * records in it — the ALB's in the stack's region, CloudFront's in us-east-1 through an
 * explicit provider, as CloudFront requires. It comes before compute, which needs the ALB's.
 */
public final class Certificates extends ComponentResource {
    /** CloudFront only accepts certificates and web ACLs from us-east-1. */
    public static final String CLOUDFRONT_REGION = "us-east-1";

    private final Output<String> zoneId;
    private final Optional<Provider> usEast1;
    private final Optional<Output<String>> albCertificateArn;
    private final Optional<Output<String>> cdnCertificateArn;

    public Certificates(String name, CertificatesArgs args, ComponentResourceOptions options) {
        super("platform:edge:Certificates", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        EdgeConfig config = args.config();

        this.zoneId = config.hostedZone()
                .map(zone -> Route53Functions.getZone(GetZoneArgs.builder().name(zone).privateZone(false).build())
                        .applyValue(GetZoneResult::zoneId))
                .orElse(Output.of(""));
        this.usEast1 = config.frontEnds().isEmpty() ? Optional.empty() : Optional.of(new Provider(
                naming.name("us-east-1"), ProviderArgs.builder().region(CLOUDFRONT_REGION).build(), child));

        this.albCertificateArn = config.apiDomain().map(domain ->
                validated(naming, "alb-cert", List.of(domain), child));
        List<String> cdnDomains = config.frontEnds().stream().flatMap(f -> f.domainNames().stream()).toList();
        this.cdnCertificateArn = cdnDomains.isEmpty() ? Optional.empty() : Optional.of(validated(naming, "cdn-cert",
                cdnDomains, CustomResourceOptions.builder().parent(this).provider(usEast1.orElseThrow()).build()));

        registerOutputs(Map.of("zoneId", zoneId));
    }

    /** A DNS-validated certificate for {@code domains}; the returned ARN is known only once ACM has issued it. */
    private Output<String> validated(Naming naming, String name, List<String> domains, CustomResourceOptions options) {
        var certificate = CertificateArgs.builder()
                .domainName(domains.get(0))
                .validationMethod("DNS")
                .keyAlgorithm("RSA_2048")
                .tags(naming.tags(name));
        if (domains.size() > 1) {
            certificate.subjectAlternativeNames(domains.subList(1, domains.size()));
        }
        Certificate cert = new Certificate(naming.name(name), certificate.build(), options);
        List<Output<String>> fqdns = new ArrayList<>();
        for (String domain : domains) {
            Output<CertificateDomainValidationOption> option = cert.domainValidationOptions().applyValue(list ->
                    list.stream().filter(o -> o.domainName().orElse("").equals(domain)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("ACM returned no validation record for " + domain)));
            // Validation records are plain DNS: they live in the zone's region-less API, so the default provider.
            Record record = new Record(naming.name(name + "-validation-" + domain.replace('.', '-')), RecordArgs.builder()
                    .zoneId(zoneId)
                    .name(option.applyValue(o -> o.resourceRecordName().orElseThrow()))
                    .type(option.applyValue(o -> Either.<String, RecordType>ofLeft(o.resourceRecordType().orElseThrow())))
                    .records(option.applyValue(o -> List.of(o.resourceRecordValue().orElseThrow())))
                    .ttl(300)
                    .allowOverwrite(true)
                    .build(), CustomResourceOptions.builder().parent(this).build());
            fqdns.add(record.fqdn());
        }
        return new CertificateValidation(naming.name(name + "-validation"), CertificateValidationArgs.builder()
                .certificateArn(cert.arn())
                .validationRecordFqdns(Output.all(fqdns))
                .build(), options).certificateArn();
    }

    public Output<String> zoneId() {
        return zoneId;
    }

    /** The provider for CloudFront's us-east-1 resources (certificate, web ACL); present when front ends are. */
    public Optional<Provider> usEast1() {
        return usEast1;
    }

    public Optional<Output<String>> albCertificateArn() {
        return albCertificateArn;
    }

    public Optional<Output<String>> cdnCertificateArn() {
        return cdnCertificateArn;
    }
}
