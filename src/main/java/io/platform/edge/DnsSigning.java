package io.platform.edge;

import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.route53.HostedZoneDnsSec;
import com.pulumi.aws.route53.HostedZoneDnsSecArgs;
import com.pulumi.aws.route53.KeySigningKey;
import com.pulumi.aws.route53.KeySigningKeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;

import java.util.Map;

/**
 * DNSSEC signing of the hosted zone (issue 16 item 6): an asymmetric KMS key (ECC_NIST_P256,
 * SIGN_VERIFY) that Route 53's DNSSEC service may use for this account's hosted zones, the zone's
 * key-signing key on it, and signing turned on once the KSK is active.
 */
public final class DnsSigning extends ComponentResource {
    public static final String KEY_SPEC = "ECC_NIST_P256";
    public static final String KEY_USAGE = "SIGN_VERIFY";
    static final String SERVICE = "dnssec-route53.amazonaws.com";

    public DnsSigning(String name, DnsSigningArgs args, ComponentResourceOptions options) {
        super("platform:edge:DnsSigning", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        var account = args.account();
        Key key = new Key(naming.name("dnssec"), KeyArgs.builder()
                .description("DNSSEC key-signing key of the hosted zone (" + naming.name("dnssec") + ")")
                .customerMasterKeySpec(KEY_SPEC)
                .keyUsage(KEY_USAGE)
                .deletionWindowInDays(args.kmsDeletionWindowDays())
                .policy(Output.tuple(account.partition(), account.accountId())
                        .applyValue(t -> keyPolicy(t.t1, t.t2)))
                .tags(naming.tags("dnssec"))
                .build(), child);
        KeySigningKey ksk = new KeySigningKey(naming.name("dnssec-ksk"), KeySigningKeyArgs.builder()
                .hostedZoneId(args.zoneId())
                .keyManagementServiceArn(key.arn())
                .name(naming.name("ksk").replace('-', '_'))
                .status("ACTIVE")
                .build(), child);
        new HostedZoneDnsSec(naming.name("dnssec-signing"), HostedZoneDnsSecArgs.builder()
                .hostedZoneId(ksk.hostedZoneId())
                .signingStatus("SIGNING")
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(ksk).build());
        registerOutputs(Map.of("dnssecKeyArn", key.arn()));
    }

    /** The account administers the key; Route 53 DNSSEC signs with it for this account's zones only. */
    static String keyPolicy(String partition, String accountId) {
        String zones = "arn:" + partition + ":route53:::hostedzone/*";
        return PolicyDocument.create()
                .statement(PolicyDocument.Statement.allow("AccountAdministers")
                        .awsPrincipal("arn:" + partition + ":iam::" + accountId + ":root")
                        .actions("kms:*").resources("*"))
                .statement(PolicyDocument.Statement.allow("Route53DnssecSigns")
                        .servicePrincipal(SERVICE)
                        .actions("kms:DescribeKey", "kms:GetPublicKey", "kms:Sign").resources("*")
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("ArnLike", "aws:SourceArn", zones))
                .statement(PolicyDocument.Statement.allow("Route53DnssecGrants")
                        .servicePrincipal(SERVICE)
                        .actions("kms:CreateGrant").resources("*")
                        .condition("Bool", "kms:GrantIsForAWSResource", "true")
                        .condition("StringEquals", "aws:SourceAccount", accountId))
                .toJson();
    }
}
