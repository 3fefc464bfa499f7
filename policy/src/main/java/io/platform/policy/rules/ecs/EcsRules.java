package io.platform.policy.rules.ecs;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** ECS task definition, service, task set and cluster rules, one class each. */
public final class EcsRules {
    private EcsRules() {
    }

    public static List<Policy> all() {
        return List.of(ReadOnlyRootFilesystem.policy(), NonRootUser.policy(), NotPrivileged.policy(), AwsLogs.policy(),
                NoPlainSecrets.policy(), NoPublicIp.policy(), CircuitBreaker.policy(), ExecDisabledInProduction.policy(),
                HostNetworkSecure.policy(), NoHostPid.policy(), FargatePlatformVersion.policy(), ContainerInsights.policy(),
                NoHostNetwork.policy(), EfsTransitEncryption.policy(), CapacityProviderTerminationProtection.policy());
    }
}
