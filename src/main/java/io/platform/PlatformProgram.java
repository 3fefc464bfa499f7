package io.platform;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.config.StackConfig;
import io.platform.encryption.KeyPurpose;
import io.platform.data.Data;
import io.platform.data.DataArgs;
import io.platform.encryption.Encryption;
import io.platform.encryption.EncryptionArgs;
import io.platform.network.Network;
import io.platform.network.NetworkArgs;
import io.platform.network.SubnetTier;
import io.platform.security.Security;
import io.platform.security.SecurityArgs;

/**
 * The platform: wires the tiers together in dependency order. It declares no AWS
 * resource itself; each tier is a component with an args record in and outputs out.
 */
public final class PlatformProgram {
    private PlatformProgram() {
    }

    public static void define(Context ctx, StackConfig config) {
        Naming naming = config.naming();
        AwsAccount account = AwsAccount.lookup(config.region());
        var noOptions = ComponentResourceOptions.Empty;

        Encryption encryption = new Encryption(naming.name("encryption"),
                new EncryptionArgs(naming, account, config.security().kmsDeletionWindowDays()), noOptions);
        Network network = new Network(naming.name("network"),
                new NetworkArgs(naming, account, config.network(), encryption.logsKeyArn()), noOptions);
        var compute = config.compute();
        Security security = new Security(naming.name("security"), new SecurityArgs(naming, account,
                config.security(), network.vpcId(), network.endpointSecurityGroupId(), network.s3PrefixListId(),
                compute.publicPorts(), compute.ecrRepositories(),
                compute.services().stream().map(ServiceConfig::name).toList(),
                encryption.keyArn(KeyPurpose.S3), encryption.keyArn(KeyPurpose.SECRETS), encryption.logsKeyArn(),
                config.logRetentionDays()), noOptions);
        Data data = new Data(naming.name("data"), new DataArgs(naming, account, config.data(),
                config.redisAuthToken(), network.subnetIds(SubnetTier.DATA), security.databaseSecurityGroupId(),
                security.redisSecurityGroupId(), security.rdsMonitoringRoleArn(), encryption.keyArn(KeyPurpose.DATA),
                encryption.keyArn(KeyPurpose.S3), encryption.keyArn(KeyPurpose.SECRETS), encryption.logsKeyArn(),
                config.logRetentionDays()), noOptions);

        ctx.export("vpcId", network.vpcId());
        ctx.export("databaseEndpoint", data.databaseEndpoint().host());
        ctx.export("documentsBucket", data.documentsBucketName());
        ctx.export("githubDeployRoleArn", security.githubDeployRoleArn());
        ctx.export("privateSubnetIds", network.subnetIds(SubnetTier.PRIVATE));
        ctx.export("dataSubnetIds", network.subnetIds(SubnetTier.DATA));
    }
}
