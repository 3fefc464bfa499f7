package io.platform.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.outputs.GetAvailabilityZonesResult;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.core.Output;

import java.util.List;

/**
 * Where the stack deploys: region (from config), and the account, partition and
 * availability zones as AWS reports them. Tiers build ARNs from these, never from literals.
 */
public record AwsAccount(
        String region,
        Output<String> accountId,
        Output<String> partition,
        Output<List<String>> availabilityZones) {

    /** Asks AWS (or the offline plan's engine) through the provider's data sources. */
    public static AwsAccount lookup(String region) {
        Output<GetCallerIdentityResult> identity = AwsFunctions.getCallerIdentity();
        Output<GetPartitionResult> partition = AwsFunctions.getPartition();
        Output<GetAvailabilityZonesResult> zones = AwsFunctions.getAvailabilityZones(
                GetAvailabilityZonesArgs.builder().state("available").build());
        return new AwsAccount(region,
                identity.applyValue(GetCallerIdentityResult::accountId),
                partition.applyValue(GetPartitionResult::partition),
                zones.applyValue(GetAvailabilityZonesResult::names));
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>} */
    public Output<String> arn(String service, String resource) {
        return Output.tuple(partition, accountId).applyValue(t ->
                "arn:" + t.t1 + ":" + service + ":" + region + ":" + t.t2 + ":" + resource);
    }

    /** The account's root principal, used in key policies so IAM policies can grant key use. */
    public Output<String> rootPrincipal() {
        return Output.tuple(partition, accountId).applyValue(t -> "arn:" + t.t1 + ":iam::" + t.t2 + ":root");
    }

    public Output<String> availabilityZone(int index) {
        return availabilityZones.applyValue(names -> {
            if (names.size() <= index) {
                throw new IllegalStateException("region " + region + " reports only " + names.size()
                        + " available AZs (" + names + "); lower platform:network.azCount");
            }
            return names.get(index);
        });
    }
}
