package io.platform.instances;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.config.AlbRoutes;
import io.platform.config.InstanceConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Instances tier, {@code platform:instances:Instances}: one {@link Ec2Instance} per entry of
 * {@code platform:instances} (seed 000's Airflow host). It comes after compute, whose ALB listener
 * the instances registered behind it join.
 */
public final class Instances extends ComponentResource {
    private final Map<String, Ec2Instance> instances = new LinkedHashMap<>();

    public Instances(String name, InstancesArgs args, ComponentResourceOptions options) {
        super("platform:instances:Instances", name, options);
        for (InstanceConfig config : args.instances()) {
            Optional<Ec2InstanceArgs.AlbTarget> alb = config.loadBalancer().map(lb -> new Ec2InstanceArgs.AlbTarget(
                    args.vpcId(), args.httpsListenerArn(), args.routePriorities().get(AlbRoutes.INSTANCE + config.name())));
            instances.put(config.name(), new Ec2Instance(args.naming().name(config.name() + "-instance"),
                    new Ec2InstanceArgs(args.naming(), args.account(), config, args.privateSubnetIds(),
                            args.securityGroupIds().get(config.name()), args.dataKeyArn(), args.secretsKeyArn(),
                            args.secretArns(), alb),
                    ComponentResourceOptions.builder().parent(this).build()));
        }
        Map<String, com.pulumi.core.Output<?>> outputs = new LinkedHashMap<>();
        instances.forEach((n, i) -> outputs.put(n + "InstanceId", i.instanceId()));
        registerOutputs(outputs);
    }

    /** Instance name → its unit. */
    public Map<String, Ec2Instance> instances() {
        return Collections.unmodifiableMap(instances);
    }
}
