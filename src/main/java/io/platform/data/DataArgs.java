package io.platform.data;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.DataConfig;
import io.platform.config.Naming;
import io.platform.config.SecretString;

import io.platform.storage.SecureBucketArgs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of the data tier: its config, where it lives, who may reach it and the keys it encrypts with.
 *
 * @param replication  bucket purpose → its replication into the DR region (empty without one)
 * @param services     each service's task role and security group, for the buckets and file systems it may use
 * @param appTier      where file systems are reachable from
 */
public record DataArgs(
        Naming naming,
        AwsAccount account,
        DataConfig config,
        Optional<SecretString> redisAuthToken,
        Output<List<String>> dataSubnetIds,
        Output<String> databaseSecurityGroupId,
        Optional<Output<String>> redisSecurityGroupId,
        Output<String> rdsMonitoringRoleArn,
        Output<String> dataKeyArn,
        Output<String> s3KeyArn,
        Output<String> secretsKeyArn,
        Output<String> logsKeyArn,
        int logRetentionDays,
        Map<String, SecureBucketArgs.Replication> replication,
        ServiceIdentities services,
        AppTier appTier) {

    public DataArgs {
        replication = Map.copyOf(replication);
    }

    /** The app tier's VPC and private subnets (one per AZ): where file systems put their mount targets. */
    public record AppTier(Output<String> vpcId, List<Output<String>> subnetIds) {
        public AppTier {
            subnetIds = List.copyOf(subnetIds);
        }
    }
}
