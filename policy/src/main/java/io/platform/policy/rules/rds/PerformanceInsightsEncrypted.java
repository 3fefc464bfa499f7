package io.platform.policy.rules.rds;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Performance Insights data is encrypted with a customer-managed key (AWS uses aws/rds otherwise). */
public final class PerformanceInsightsEncrypted {
    private PerformanceInsightsEncrypted() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-performance-insights-encrypted")
                .description("Performance Insights data is encrypted with a customer-managed KMS key")
                .severity(Severity.MEDIUM)
                .noPublicControl("no Security Hub/CIS/NIST/PCI control names the Performance Insights key; pulumi "
                        + "compliance-policies aws-rds-instance-disallow-unencrypted-performance-insights checks the same")
                .types(RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE)
                .fix("Set performanceInsightsKmsKeyId to the data KMS key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.bool("performanceInsightsEnabled", false) && p.nonBlank("performanceInsightsKmsKeyId").isEmpty()) {
                        ctx.report("performanceInsightsEnabled is true but performanceInsightsKmsKeyId is not set; "
                                + "Performance Insights data must be encrypted with a customer-managed KMS key");
                    }
                })
                .build();
    }
}
