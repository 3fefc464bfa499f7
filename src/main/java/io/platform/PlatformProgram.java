package io.platform;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.StackConfig;
import io.platform.encryption.Encryption;
import io.platform.encryption.EncryptionArgs;
import io.platform.network.Network;
import io.platform.network.NetworkArgs;
import io.platform.network.SubnetTier;

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
                new EncryptionArgs(naming, account, 30), noOptions);
        Network network = new Network(naming.name("network"),
                new NetworkArgs(naming, account, config.network(), encryption.logsKeyArn()), noOptions);

        ctx.export("vpcId", network.vpcId());
        ctx.export("privateSubnetIds", network.subnetIds(SubnetTier.PRIVATE));
        ctx.export("dataSubnetIds", network.subnetIds(SubnetTier.DATA));
    }
}
