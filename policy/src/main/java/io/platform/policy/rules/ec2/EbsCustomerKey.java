package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EBS_VOLUME;
import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;

/** Encrypted EBS volumes use a customer-managed KMS key rather than aws/ebs (advisory). */
public final class EbsCustomerKey {
    private static final String WHY = "; encrypt EBS volumes with a customer-managed KMS key";

    private EbsCustomerKey() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-ebs-customer-key")
                .description("EBS volumes are encrypted with a customer-managed KMS key")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("Security Hub's EBS controls accept the AWS managed key; pulumi compliance-policies "
                        + "aws-ebs-volume-configure-customer-managed-key and the launch-template variant check the key")
                .types(EBS_VOLUME, EC2_INSTANCE, LAUNCH_TEMPLATE)
                .fix("Set kmsKeyId to the platform's data key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (EBS_VOLUME.has(r.type())) {
                        ctx.isolated(() -> {
                            if (p.bool("encrypted", false) && p.nonBlank("kmsKeyId").isEmpty()) {
                                ctx.report("kmsKeyId is not set (AWS managed key aws/ebs)" + WHY);
                            }
                        });
                    } else if (LAUNCH_TEMPLATE.has(r.type())) {
                        EbsEncrypted.each(p, "blockDeviceMappings", ctx, (m, label) -> {
                            PropertyMap ebs = m.map("ebs");
                            if (ebs.bool("encrypted", false) && ebs.nonBlank("kmsKeyId").isEmpty()) {
                                ctx.report(label + ".ebs.kmsKeyId is not set (AWS managed key aws/ebs)" + WHY);
                            }
                        });
                    } else {
                        ctx.isolated(() -> {
                            PropertyMap root = p.map("rootBlockDevice");
                            if (root.bool("encrypted", false) && root.nonBlank("kmsKeyId").isEmpty()) {
                                ctx.report("rootBlockDevice.kmsKeyId is not set (AWS managed key aws/ebs)" + WHY);
                            }
                        });
                        EbsEncrypted.each(p, "ebsBlockDevices", ctx, (d, label) -> {
                            if (d.bool("encrypted", false) && d.nonBlank("kmsKeyId").isEmpty()) {
                                ctx.report(label + ".kmsKeyId is not set (AWS managed key aws/ebs)" + WHY);
                            }
                        });
                    }
                })
                .build();
    }
}
