package io.platform.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The AWS Config managed rules a stack may turn on, by source identifier (what {@code aws_config_rule}'s
 * {@code source.sourceIdentifier} takes): the ones the CIS AWS Foundations and FSBP standards and the seeds
 * name. A rule's console name (lower kebab, {@code rds-instance-public-access-check}) is accepted as an alias
 * only in the refusal, which names the identifier to write.
 */
public final class ManagedConfigRules {
    /** Today's baseline: public buckets, unencrypted databases, open SSH, trail and root keys, flow logs. */
    public static final List<String> DEFAULTS = List.of(
            "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED", "RDS_STORAGE_ENCRYPTED",
            "INCOMING_SSH_DISABLED", "CLOUD_TRAIL_ENABLED", "IAM_ROOT_ACCESS_KEY_CHECK",
            "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "VPC_FLOW_LOGS_ENABLED");

    private static final Set<String> IDENTIFIERS = new TreeSet<>(List.of(
            // S3
            "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED",
            "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", "S3_BUCKET_SSL_REQUESTS_ONLY", "S3_BUCKET_VERSIONING_ENABLED",
            "S3_BUCKET_LOGGING_ENABLED", "S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED",
            "S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS_PERIODIC", "S3_DEFAULT_ENCRYPTION_KMS",
            "S3_BUCKET_REPLICATION_ENABLED", "S3_BUCKET_ACL_PROHIBITED",
            // RDS
            "RDS_STORAGE_ENCRYPTED", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "RDS_SNAPSHOTS_PUBLIC_PROHIBITED",
            "RDS_MULTI_AZ_SUPPORT", "RDS_INSTANCE_DELETION_PROTECTION_ENABLED", "RDS_LOGGING_ENABLED",
            "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED", "DB_INSTANCE_BACKUP_ENABLED", "RDS_IN_BACKUP_PLAN",
            "RDS_SNAPSHOT_ENCRYPTED", "RDS_ENHANCED_MONITORING_ENABLED",
            // EC2, EBS, VPC
            "ENCRYPTED_VOLUMES", "EC2_EBS_ENCRYPTION_BY_DEFAULT", "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK",
            "EC2_IMDSV2_CHECK", "EC2_INSTANCE_NO_PUBLIC_IP", "EC2_INSTANCE_MANAGED_BY_SSM",
            "INCOMING_SSH_DISABLED", "RESTRICTED_INCOMING_TRAFFIC", "VPC_DEFAULT_SECURITY_GROUP_CLOSED",
            "VPC_FLOW_LOGS_ENABLED", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", "NACL_NO_UNRESTRICTED_SSH_RDP",
            // CloudTrail, CloudWatch, Config, KMS
            "CLOUD_TRAIL_ENABLED", "MULTI_REGION_CLOUD_TRAIL_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED",
            "CLOUD_TRAIL_ENCRYPTION_ENABLED", "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED",
            "CLOUDTRAIL_S3_DATAEVENTS_ENABLED", "CLOUDWATCH_LOG_GROUP_ENCRYPTED", "CW_LOGGROUP_RETENTION_PERIOD_CHECK",
            "CMK_BACKING_KEY_ROTATION_ENABLED", "KMS_CMK_NOT_SCHEDULED_FOR_DELETION",
            // IAM and the account
            "IAM_ROOT_ACCESS_KEY_CHECK", "ROOT_ACCOUNT_MFA_ENABLED", "ROOT_ACCOUNT_HARDWARE_MFA_ENABLED",
            "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "IAM_USER_MFA_ENABLED", "IAM_PASSWORD_POLICY",
            "ACCESS_KEYS_ROTATED", "IAM_USER_UNUSED_CREDENTIALS_CHECK", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS",
            "IAM_USER_NO_POLICIES_CHECK", "IAM_NO_INLINE_POLICY_CHECK", "GUARDDUTY_ENABLED_CENTRALIZED",
            "SECURITYHUB_ENABLED",
            // ECS, ECR, ELB, Lambda, ElastiCache, Secrets Manager, WAF, CloudFront
            "ECS_TASK_DEFINITION_USER_FOR_HOST_MODE_CHECK", "ECS_CONTAINERS_READONLY_ACCESS",
            "ECS_CONTAINERS_NONPRIVILEGED", "ECS_TASK_DEFINITION_LOG_CONFIGURATION", "ECR_PRIVATE_IMAGE_SCANNING_ENABLED",
            "ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED", "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", "ALB_WAF_ENABLED",
            "ALB_HTTP_DROP_INVALID_HEADER_ENABLED", "ELB_DELETION_PROTECTION_ENABLED", "ELB_LOGGING_ENABLED",
            "ELB_TLS_HTTPS_LISTENERS_ONLY", "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", "LAMBDA_INSIDE_VPC",
            "ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST", "ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT",
            "ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK", "SECRETSMANAGER_ROTATION_ENABLED_CHECK",
            "SECRETSMANAGER_USING_CMK", "WAFV2_LOGGING_ENABLED", "CLOUDFRONT_VIEWER_POLICY_HTTPS",
            "CLOUDFRONT_ORIGIN_ACCESS_IDENTITY_ENABLED", "ACM_CERTIFICATE_EXPIRATION_CHECK",
            "EFS_ENCRYPTED_CHECK", "DYNAMODB_PITR_ENABLED", "SNS_ENCRYPTED_KMS"));

    public static final Catalogue CATALOGUE = new Catalogue(
            "an AWS Config managed rule identifier of the platform's catalogue (such as ENCRYPTED_VOLUMES)",
            IDENTIFIERS, kebabAliases());

    private ManagedConfigRules() {
    }

    /** A rule's lower-kebab name, as the console and resource names spell it: {@code encrypted-volumes}. */
    public static String kebab(String identifier) {
        return identifier.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, String> kebabAliases() {
        Map<String, String> aliases = new TreeMap<>();
        IDENTIFIERS.forEach(id -> aliases.put(kebab(id), id));
        return aliases;
    }
}
