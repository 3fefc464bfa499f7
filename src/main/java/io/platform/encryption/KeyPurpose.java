package io.platform.encryption;

import java.util.List;

/**
 * One customer-managed key per purpose (SPEC §3.2), so a compromise or a key-policy
 * mistake is contained to one kind of data, and each key policy names only its services.
 */
public enum KeyPurpose {
    DATA("data", "RDS, Aurora, ElastiCache, Performance Insights and AWS Backup",
            List.of("rds", "elasticache", "backup")),
    S3("s3", "S3 buckets and ECR images", List.of("s3", "ecr")),
    SECRETS("secrets", "Secrets Manager secrets", List.of("secretsmanager")),
    LOGS("logs", "CloudWatch Logs, SNS and flow logs", List.of("sns"));

    private final String suffix;
    private final String usedBy;
    private final List<String> viaServices;

    KeyPurpose(String suffix, String usedBy, List<String> viaServices) {
        this.suffix = suffix;
        this.usedBy = usedBy;
        this.viaServices = viaServices;
    }

    public String suffix() {
        return suffix;
    }

    public String usedBy() {
        return usedBy;
    }

    /** Services allowed to use the key on behalf of principals of this account ({@code kms:ViaService}). */
    public List<String> viaServices() {
        return viaServices;
    }
}
