package io.platform;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.compute.Compute;
import io.platform.config.Naming;
import io.platform.config.StackConfig;
import io.platform.data.Data;
import io.platform.encryption.Encryption;
import io.platform.encryption.KeyPurpose;
import io.platform.functions.Functions;
import io.platform.functions.FunctionsArgs;
import io.platform.functions.LambdaFunctionArgs;
import io.platform.instances.Instances;
import io.platform.instances.InstancesArgs;
import io.platform.network.Network;
import io.platform.network.SubnetTier;
import io.platform.observability.Observability;
import io.platform.secrets.SecretRotations;
import io.platform.secrets.SecretRotationsArgs;
import io.platform.security.Security;

import java.util.Map;

/**
 * Wires the workload tiers beyond the Fargate services — Lambda functions, EC2 instances and secret
 * rotation — each only when its config section has entries, so a stack without them plans exactly
 * as before. Like {@link PlatformProgram}, it declares no AWS resource itself.
 */
final class Workloads {
    /** The tiers the workload tiers connect to. */
    record Tiers(AwsAccount account, Network network, Security security, Encryption encryption, Data data,
                 Compute compute, Observability observability) {
    }

    private Workloads() {
    }

    /** Declares instances, functions and rotations; returns the functions by name (empty without any). */
    static Map<String, io.platform.functions.LambdaFunction> declare(Context ctx, StackConfig config, Tiers tiers) {
        Naming naming = config.naming();
        var noOptions = ComponentResourceOptions.Empty;
        Map<String, com.pulumi.core.Output<String>> secretArns = tiers.data().secretArns();
        if (!config.instances().isEmpty()) {
            Instances instances = new Instances(naming.name("instances"), new InstancesArgs(naming, tiers.account(),
                    config.instances(), tiers.network().vpcId(), tiers.network().subnetIds(SubnetTier.PRIVATE),
                    tiers.security().instanceSecurityGroupIds(), tiers.encryption().keyArn(KeyPurpose.DATA),
                    tiers.encryption().keyArn(KeyPurpose.SECRETS), secretArns, tiers.compute().httpsListenerArn(),
                    config.albRoutePriorities()), noOptions);
            instances.instances().forEach((name, i) -> ctx.export(name + "InstanceId", i.instanceId()));
        }
        Map<String, io.platform.functions.LambdaFunction> functions = Map.of();
        if (!config.functions().isEmpty()) {
            Functions tier = new Functions(naming.name("functions"), new FunctionsArgs(naming, tiers.account(),
                    config.functions(), tiers.network().subnetIds(SubnetTier.PRIVATE),
                    tiers.security().functionSecurityGroupIds(),
                    new LambdaFunctionArgs.Keys(tiers.encryption().logsKeyArn(), tiers.encryption().keyArn(KeyPurpose.DATA),
                            tiers.encryption().keyArn(KeyPurpose.SECRETS)),
                    secretArns, config.secrets(), tiers.observability().alertTopicArn(), config.logRetentionDays()),
                    noOptions);
            functions = tier.functions();
            functions.forEach((name, f) -> ctx.export(name + "FunctionArn", f.functionArn()));
        }
        if (!config.secrets().rotations().isEmpty()) {
            new SecretRotations(naming.name("secret-rotation"), new SecretRotationsArgs(naming, config.secrets(),
                    secretArns, functions), noOptions);
        }
        return functions;
    }
}
