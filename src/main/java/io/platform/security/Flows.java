package io.platform.security;

import io.platform.config.ComputeConfig;
import io.platform.config.FunctionConfig;
import io.platform.config.InstanceConfig;
import io.platform.config.ServiceConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workload flows the config declares: {@code calls} of services (Service Connect), functions and
 * instances (the database, Redis), and the ALB forwarding to instances registered behind it. Nothing
 * else connects two workloads: a worker that nobody calls receives no traffic at all.
 */
public final class Flows {
    private Flows() {
    }

    public static List<Flow> of(ComputeConfig compute, List<FunctionConfig> functions, List<InstanceConfig> instances) {
        Map<String, Integer> ports = compute.services().stream()
                .collect(Collectors.toMap(ServiceConfig::name, ServiceConfig::port));
        List<Flow> flows = new ArrayList<>();
        for (ServiceConfig service : compute.services()) {
            for (String target : service.calls()) {
                flows.add(new Flow(Flow.service(service.name()), Flow.service(target), ports.get(target),
                        service.name() + " calls " + target + " through Service Connect"));
            }
        }
        for (FunctionConfig function : functions) {
            function.calls().forEach(target -> flows.add(dataFlow(Flow.function(function.name()), target,
                    "function " + function.name())));
        }
        for (InstanceConfig instance : instances) {
            instance.loadBalancer().ifPresent(lb -> flows.add(new Flow(Flow.ALB, Flow.instance(instance.name()),
                    instance.port().orElseThrow(), "the load balancer forwards to " + instance.name())));
            instance.calls().forEach(target -> flows.add(dataFlow(Flow.instance(instance.name()), target,
                    "instance " + instance.name())));
        }
        return List.copyOf(flows);
    }

    private static Flow dataFlow(String from, String target, String who) {
        return target.equals(Flow.DATABASE)
                ? new Flow(from, Flow.DATABASE, SecurityGroups.POSTGRES, who + " queries PostgreSQL")
                : new Flow(from, Flow.REDIS, SecurityGroups.REDIS, who + " uses Redis");
    }
}
