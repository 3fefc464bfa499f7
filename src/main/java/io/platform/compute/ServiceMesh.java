package io.platform.compute;

import com.pulumi.aws.servicediscovery.HttpNamespace;
import com.pulumi.aws.servicediscovery.HttpNamespaceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.ComputeConfig;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Service-to-service names through ECS Service Connect: a Cloud Map namespace when any service
 * declares {@code calls}; a called service publishes {@code <name>:<port>}, a caller joins as a
 * client and receives {@code <NAME>_URL=http://<name>:<port>}. The security tier opens exactly
 * those caller → callee ports between the services' own groups.
 */
final class ServiceMesh {
    private ServiceMesh() {
    }

    static Optional<HttpNamespace> namespace(ComputeArgs args, CustomResourceOptions child) {
        if (args.config().services().stream().allMatch(s -> s.calls().isEmpty())) {
            return Optional.empty();
        }
        Naming naming = args.naming();
        return Optional.of(new HttpNamespace(naming.name("services"), HttpNamespaceArgs.builder()
                .name(naming.project() + "-" + naming.environment())
                .description("Service Connect names of the services of " + naming.name("cluster"))
                .tags(naming.tags("services"))
                .build(), child));
    }

    /** The service's part in Service Connect, if it calls or is called. */
    static Optional<FargateServiceArgs.ServiceConnect> membership(ComputeConfig config, ServiceConfig service,
                                                                 HttpNamespace namespace) {
        boolean called = config.services().stream().anyMatch(s -> s.calls().contains(service.name()));
        if (!called && service.calls().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FargateServiceArgs.ServiceConnect(namespace.arn(), called));
    }

    /** The shared environment, plus the URL of every service this one calls. */
    static Map<String, Output<String>> environment(ComputeArgs args, ServiceConfig service) {
        Map<String, Output<String>> environment = new LinkedHashMap<>(args.serviceEnvironment());
        service.environment().forEach((k, v) -> environment.put(k, Output.of(v)));
        for (String target : service.calls()) {
            int port = args.config().services().stream().filter(s -> s.name().equals(target)).findFirst()
                    .orElseThrow().port();
            environment.put(ServiceConfig.urlVariable(target), Output.of("http://" + target + ":" + port));
        }
        return environment;
    }

}
