package io.platform.encryption;

import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.List;

/** Key policies per {@link KeyPurpose}: the account administers, only the purpose's services use. */
public final class KeyPolicies {
    private static final String[] USE_ACTIONS = {
            "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"};

    private KeyPolicies() {
    }

    public static String render(KeyPurpose purpose, String partition, String region, String accountId, boolean auditTrail) {
        return render(purpose, partition, region, accountId, auditTrail, List.of());
    }

    /** @param moreServices services besides the purpose's own that use the key in this stack (EFS for the data key) */
    public static String render(KeyPurpose purpose, String partition, String region, String accountId, boolean auditTrail,
                                List<String> moreServices) {
        List<String> services = new java.util.ArrayList<>(purpose.viaServices());
        services.addAll(moreServices);
        String root = "arn:" + partition + ":iam::" + accountId + ":root";
        PolicyDocument doc = PolicyDocument.create()
                // Without this the key can become unmanageable; IAM policies then decide who administers it.
                .statement(Statement.allow("AccountAdministration").awsPrincipal(root)
                        .actions("kms:*").resources("*"));
        if (!services.isEmpty()) {
            doc.statement(Statement.allow("UseThroughIntendedServices").anyPrincipal()
                    .actions(List.of(USE_ACTIONS[0], USE_ACTIONS[1], USE_ACTIONS[2], USE_ACTIONS[3], USE_ACTIONS[4],
                            "kms:CreateGrant", "kms:ListGrants"))
                    .resources("*")
                    .condition("StringEquals", "kms:CallerAccount", accountId)
                    .condition("StringEquals", "kms:ViaService", services.stream()
                            .map(s -> s + "." + region + ".amazonaws.com").toList()));
        }
        if (purpose == KeyPurpose.S3) {
            // CloudFront's Origin Access Control reads SSE-KMS objects as itself: only this account's distributions.
            doc.statement(Statement.allow("CloudFrontOriginAccessControlDecrypt")
                    .servicePrincipal("cloudfront.amazonaws.com")
                    .actions("kms:Decrypt")
                    .resources("*")
                    .condition("ArnLike", "AWS:SourceArn",
                            "arn:" + partition + ":cloudfront::" + accountId + ":distribution/*"));
        }
        if (purpose == KeyPurpose.LOGS) {
            // CloudWatch Logs encrypts as itself, so it needs an explicit grant bound to this account's log groups.
            doc.statement(Statement.allow("CloudWatchLogsEncryption")
                    .servicePrincipal("logs." + region + ".amazonaws.com")
                    .actions(USE_ACTIONS)
                    .resources("*")
                    .condition("ArnLike", "kms:EncryptionContext:aws:logs:arn",
                            "arn:" + partition + ":logs:" + region + ":" + accountId + ":log-group:*"));
        }
        if (purpose == KeyPurpose.LOGS) {
            // The alarm topics are encrypted with this key: the services that publish to them must be able to use
            // it (EventBridge for security findings).
            doc.statement(Statement.allow("AlertingServicesPublish")
                    .servicePrincipal("cloudwatch.amazonaws.com", "budgets.amazonaws.com", "costalerts.amazonaws.com",
                            "events.amazonaws.com")
                    .actions("kms:Decrypt", "kms:GenerateDataKey*")
                    .resources("*")
                    .condition("StringEquals", "aws:SourceAccount", accountId));
        }
        if (purpose == KeyPurpose.LOGS && auditTrail) {
            // CloudTrail encrypts log files itself; bind the grant to this account's trails.
            doc.statement(Statement.allow("CloudTrailEncryption")
                    .servicePrincipal("cloudtrail.amazonaws.com")
                    .actions("kms:GenerateDataKey*")
                    .resources("*")
                    .condition("StringLike", "kms:EncryptionContext:aws:cloudtrail:arn",
                            "arn:" + partition + ":cloudtrail:*:" + accountId + ":trail/*"))
                    .statement(Statement.allow("CloudTrailDescribeKey")
                            .servicePrincipal("cloudtrail.amazonaws.com")
                            .actions("kms:DescribeKey")
                            .resources("*"));
            // AWS Config records through its service-linked role, which encrypts the snapshots it delivers to the
            // audit bucket. Named by aws:PrincipalArn rather than as the principal: KMS refuses a key policy that
            // names a role before it exists, and the baseline creates the role after this key.
            doc.statement(Statement.allow("ConfigDeliveryEncryption").anyPrincipal()
                    .actions("kms:Decrypt", "kms:GenerateDataKey")
                    .resources("*")
                    .condition("StringEquals", "kms:CallerAccount", accountId)
                    .condition("ArnEquals", "aws:PrincipalArn", "arn:" + partition + ":iam::" + accountId
                            + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"));
        }
        return doc.toJson();
    }
}
