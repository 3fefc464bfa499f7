package io.platform.policy.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of Pulumi's two public AWS packs for the services the platform deploys (or will: Lambda, EC2,
 * EFS) and the pack's rules that hold the same: awsguard ({@code @pulumi/awsguard}) and the AWS rules of
 * pulumi/compliance-policies ({@code vendor-aws/aws/<module>/<Resource>/<policy>}). A value starting with
 * "n/a:" says why no rule is needed; anything else lists rule ids.
 */
final class ExternalRules {
    private ExternalRules() {
    }

    static final Map<String, String> AWSGUARD = ordered(
            "access-keys-rotated", "n/a: runtime (key age); the platform creates no IAM users or access keys",
            "acm-certificate-expiration", "n/a: runtime (expiry date); ACM renews the DNS-validated certificates the platform requests",
            "alb-http-to-https-redirection", "lb-http-redirects-only",
            "cmk-backing-key-rotation-enabled", "kms-key-rotation",
            "ec2-instance-detailed-monitoring-enabled", "ec2-detailed-monitoring",
            "ec2-instance-no-public-ip", "ec2-no-public-ip",
            "ec2-volume-inuse", "ec2-volume-in-use",
            "efs-encrypted", "efs-encrypted",
            "elb-deletion-protection-enabled", "lb-deletion-protection",
            "elb-logging-enabled", "lb-access-logs",
            "encrypted-volumes", "ec2-ebs-encrypted",
            "iam-role-no-policy-management-conflicts", "iam-role-policy-management-conflicts",
            "mfa-enabled-for-iam-console-access", "n/a: runtime (a person's MFA device); the platform creates no console users",
            "rds-instance-backup-enabled", "rds-backup-retention",
            "rds-instance-multi-az-enabled", "rds-multi-az",
            "rds-instance-public-access", "rds-no-public-access",
            "rds-storage-encrypted", "rds-storage-encrypted",
            "s3-bucket-logging-enabled", "s3-bucket-access-logging",
            "security-group-no-rule-management-conflicts", "sg-rule-management-conflicts",
            "apigateway-endpoint-type", "n/a: API Gateway is not deployed",
            "apigateway-method-cached-and-encrypted", "n/a: API Gateway is not deployed",
            "apigateway-stage-cached", "n/a: API Gateway is not deployed",
            "dynamodb-table-encryption-enabled", "n/a: DynamoDB is not deployed",
            "elasticsearch-encrypted-at-rest", "n/a: OpenSearch is not deployed",
            "elasticsearch-in-vpc-only", "n/a: OpenSearch is not deployed",
            "redshift-cluster-configuration", "n/a: Redshift is not deployed",
            "redshift-cluster-maintenance-settings", "n/a: Redshift is not deployed",
            "redshift-cluster-public-access", "n/a: Redshift is not deployed");

    static final Map<String, String> COMPLIANCE_POLICIES = ordered(
            "alb/Listener/configureSecureTls", "lb-tls-policy",
            "alb/Listener/disallowUnencryptedTraffic", "lb-listener-secure-protocol, lb-http-redirects-only",
            "alb/LoadBalancer/configureAccessLogging", "lb-access-logs",
            "alb/LoadBalancer/enableAccessLogging", "lb-access-logs",
            "lb/Listener/configureSecureTls", "lb-tls-policy",
            "lb/Listener/disallowUnencryptedTraffic", "lb-listener-secure-protocol, lb-http-redirects-only",
            "lb/LoadBalancer/configureAccessLogging", "lb-access-logs",
            "lb/LoadBalancer/enableAccessLogging", "lb-access-logs",
            "elb/LoadBalancer/configureAccessLogging", "lb-access-logs",
            "elb/LoadBalancer/configureMultiAvailabilityZone", "lb-multi-az",
            "elb/LoadBalancer/disallowUnencryptedTraffic", "clb-secure-listeners",
            "elb/LoadBalancer/enableHealthCheck", "clb-availability-settings",
            "cloudfront/Distribution/configureAccessLogging", "cloudfront-logging",
            "cloudfront/Distribution/enableAccessLogging", "cloudfront-logging",
            "cloudfront/Distribution/configureSecureTls", "cloudfront-minimum-tls",
            "cloudfront/Distribution/configureSecureTlsToOrigin", "cloudfront-custom-origin-tls",
            "cloudfront/Distribution/enableTlsToOrigin", "cloudfront-custom-origin-tls",
            "cloudfront/Distribution/configureWaf", "cloudfront-waf",
            "cloudfront/Distribution/disallowUnencryptedTraffic", "cloudfront-https-only",
            "ebs/Volume/configureCustomerManagedKey", "ec2-ebs-customer-key",
            "ebs/Volume/disallowUnencryptedVolume", "ec2-ebs-encrypted",
            "ec2/Instance/disallowPublicIp", "ec2-no-public-ip",
            "ec2/Instance/disallowUnencryptedBlockDevice", "ec2-ebs-encrypted",
            "ec2/Instance/disallowUnencryptedRootBlockDevice", "ec2-ebs-encrypted",
            "ec2/LaunchConfiguration/disallowPublicIp", "ec2-no-public-ip",
            "ec2/LaunchConfiguration/disallowUnencryptedBlockDevice", "ec2-ebs-encrypted",
            "ec2/LaunchConfiguration/disallowUnencryptedRootBlockDevice", "ec2-ebs-encrypted",
            "ec2/LaunchTemplate/configureCustomerManagedKey", "ec2-ebs-customer-key",
            "ec2/LaunchTemplate/disallowPublicIp", "ec2-no-public-ip",
            "ec2/LaunchTemplate/disallowUnencryptedBlockDevice", "ec2-ebs-encrypted",
            "ec2/SecurityGroup/disallowInboundHttpTraffic", "sg-no-internet-ingress, sg-internet-ingress-load-balancer-only "
                    + "(port 80 is open only on the ALB's group, whose listener redirects: lb-http-redirects-only)",
            "ec2/SecurityGroup/disallowPublicInternetIngress", "sg-no-internet-ingress, sg-internet-ingress-load-balancer-only",
            "ec2/SecurityGroup/missingDescription", "sg-descriptions",
            "ec2/SecurityGroup/missingEgressRuleDescription", "sg-descriptions",
            "ec2/SecurityGroup/missingIngressRuleDescription", "sg-descriptions",
            "ecr/Repository/configureCustomerManagedKey", "ecr-kms-encryption",
            "ecr/Repository/disallowUnencryptedRepository", "ecr-kms-encryption",
            "ecr/Repository/configureImageScan", "ecr-scan-on-push",
            "ecr/Repository/enableImageScan", "ecr-scan-on-push",
            "ecr/Repository/disallowMutableImage", "ecr-immutable-tags",
            "efs/FileSystem/configureCustomerManagedKey", "efs-encrypted",
            "efs/FileSystem/disallowUnencryptedFileSystem", "efs-encrypted",
            "efs/FileSystem/disallowSingleAvailabilityZone", "efs-multi-az",
            "iam/AccountPasswordPolicy/minimumPasswordLength", "account-password-policy",
            "iam/AccountPasswordPolicy/passwordReusePrevention", "account-password-policy",
            "iam/PolicyAttachment/onlyPermissionsViaGroups", "iam-no-user-policies",
            "iam/UserPolicyAttachment/onlyPermissionsViaGroups", "iam-no-user-policies",
            "kms/Key/disallowBypassPolicyLockoutSafetyCheck", "kms-no-lockout-bypass",
            "kms/Key/enableKeyRotation", "kms-key-rotation",
            "kms/Key/missingDescription", "kms-key-description",
            "lambda/Function/configureTracingConfig", "lambda-tracing",
            "lambda/Function/enableTracingConfig", "lambda-tracing",
            "lambda/Function/missingDescription", "lambda-description",
            "lambda/Permission/configureSourceArn", "lambda-permission-source-arn",
            "rds/Cluster/configureBackupRetention", "rds-backup-retention",
            "rds/Cluster/enableBackupRetention", "rds-backup-retention",
            "rds/Cluster/configureCustomerManagedKey", "rds-storage-encrypted",
            "rds/Cluster/disallowUnencryptedStorage", "rds-storage-encrypted",
            "rds/Cluster/disallowSingleAvailabilityZone", "rds-aurora-multi-az",
            "rds/ClusterInstance/disallowPublicAccess", "rds-no-public-access",
            "rds/ClusterInstance/disallowUnencryptedPerformanceInsights", "rds-performance-insights-encrypted",
            "rds/ClusterInstance/enablePerformanceInsights", "rds-performance-insights-enabled",
            "rds/Instance/configureBackupRetention", "rds-backup-retention",
            "rds/Instance/enableBackupRetention", "rds-backup-retention",
            "rds/Instance/configureCustomerManagedKey", "rds-storage-encrypted",
            "rds/Instance/disallowUnencryptedStorage", "rds-storage-encrypted",
            "rds/Instance/disallowPublicAccess", "rds-no-public-access",
            "rds/Instance/disallowUnencryptedPerformanceInsights", "rds-performance-insights-encrypted",
            "rds/Instance/enablePerformanceInsights", "rds-performance-insights-enabled",
            "s3/Bucket/configureReplicationConfiguration", "s3-bucket-replication",
            "s3/Bucket/enableReplicationConfiguration", "s3-bucket-replication",
            "s3/Bucket/configureServerSideEncryptionCustomerManagedKey", "s3-sse-kms",
            "s3/Bucket/configureServerSideEncryptionKms", "s3-sse-kms",
            "s3/Bucket/enableServerSideEncryption", "s3-sse-kms, s3-bucket-has-encryption",
            "s3/Bucket/enableServerSideEncryptionBucketKey", "s3-bucket-key-enabled",
            "s3/Bucket/disallowPublicRead", "s3-no-public-acl, s3-no-public-principal, s3-public-access-block",
            "secretsmanager/Secret/configureCustomerManagedKey", "secretsmanager-customer-key",
            "secretsmanager/Secret/missingDescription", "secretsmanager-description",
            "apigateway/DomainName/configureSecurityPolicy", "n/a: API Gateway is not deployed",
            "apigatewayv2/DomainName/configureDomainNameSecurityPolicy", "n/a: API Gateway is not deployed",
            "apigatewayv2/DomainName/enableDomainNameConfiguration", "n/a: API Gateway is not deployed",
            "apigatewayv2/Stage/configureAccessLogging", "n/a: API Gateway is not deployed",
            "apigatewayv2/Stage/enableAccessLogging", "n/a: API Gateway is not deployed",
            "appflow/ConnectorProfile/configureCustomerManagedKey", "n/a: AppFlow is not deployed",
            "appflow/Flow/configureCustomerManagedKey", "n/a: AppFlow is not deployed",
            "appflow/Flow/missingDescription", "n/a: AppFlow is not deployed",
            "athena/DataCatalog/missingDescription", "n/a: Athena is not deployed",
            "athena/Database/configureCustomerManagedKey", "n/a: Athena is not deployed",
            "athena/Database/disallowUnencryptedDatabase", "n/a: Athena is not deployed",
            "athena/Database/missingDescription", "n/a: Athena is not deployed",
            "athena/NamedQuery/missingDescription", "n/a: Athena is not deployed",
            "athena/Workgroup/configureCustomerManagedKey", "n/a: Athena is not deployed",
            "athena/Workgroup/disallowUnencryptedWorkgroup", "n/a: Athena is not deployed",
            "athena/Workgroup/enforceConfiguration", "n/a: Athena is not deployed",
            "athena/Workgroup/missingDescription", "n/a: Athena is not deployed",
            "eks/Cluster/disallowApiEndpointPublicAccess", "n/a: EKS is not deployed",
            "eks/Cluster/enableClusterEncryptionConfig", "n/a: EKS is not deployed");

    /** compliance-policies' policy name for a path, e.g. aws-alb-listener-configure-secure-tls. */
    static String complianceName(String path) {
        String[] parts = path.split("/");
        return "aws-" + parts[0] + "-" + kebab(parts[1]) + "-" + kebab(parts[2]);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put(kv[i], kv[i + 1]);
        }
        return out;
    }

    static List<String> ruleIds(String mapping) {
        if (mapping.startsWith("n/a:")) {
            return List.of();
        }
        String ids = mapping.contains("(") ? mapping.substring(0, mapping.indexOf('(')) : mapping;
        return List.of(ids.strip().split(",\\s*"));
    }
}
