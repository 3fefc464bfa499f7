package io.platform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.core.Output;
import io.platform.config.FunctionConfig;
import io.platform.config.InstanceConfig;
import io.platform.config.NetworkConfig;
import io.platform.config.ServiceConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One security group per workload (STYLE §4) and the rules of the declared {@link Flow}s. A
 * service's group carries only what that service declares — its service-to-service rules, SES SMTP
 * when it lists the {@code email-smtp} endpoint, and (from the data tier) NFS to the file systems it
 * mounts — while the shared app group keeps the ALB, database, Redis and AWS rules. A function's or
 * instance's group also gets the AWS access every unit that runs code needs, and an instance's the
 * admin CIDRs its config names.
 */
final class WorkloadGroups {
    final Map<String, SecurityGroup> services = new LinkedHashMap<>();
    final Map<String, SecurityGroup> functions = new LinkedHashMap<>();
    final Map<String, SecurityGroup> instances = new LinkedHashMap<>();
    final List<Flow> flows;

    WorkloadGroups(SecurityArgs args, SecurityGroups fixed, SgRules rules) {
        var workloads = args.workloads();
        for (ServiceConfig service : workloads.compute().services()) {
            String unit = Flow.shortName(Flow.service(service.name()));
            SecurityGroup group = rules.group(unit + "-sg", "ECS service " + service.name()
                    + ": only the service-to-service traffic the config declares");
            if (service.endpoints().contains(NetworkConfig.SMTP_ENDPOINT)) {
                rules.egressToGroup(unit + "-out-endpoints-smtp", group.id(), args.endpointSecurityGroupId(),
                        SecurityGroups.SMTP_SUBMISSION, "to the SES SMTP endpoint (STARTTLS)");
                rules.ingressFromGroup("endpoints-in-" + unit + "-smtp", args.endpointSecurityGroupId(), group.id(),
                        SecurityGroups.SMTP_SUBMISSION, "SMTP (STARTTLS) from service " + service.name() + " to SES");
            }
            services.put(service.name(), group);
        }
        for (FunctionConfig function : workloads.functions()) {
            String unit = Flow.shortName(Flow.function(function.name()));
            SecurityGroup group = rules.group(unit + "-sg", "Lambda function " + function.name()
                    + ": no ingress; AWS APIs and the peers it calls");
            rules.awsAccess(unit, group.id(), args, "function " + function.name(), "deployment packages, objects");
            functions.put(function.name(), group);
        }
        for (InstanceConfig instance : workloads.instances()) {
            String unit = Flow.shortName(Flow.instance(instance.name()));
            SecurityGroup group = rules.group(unit + "-sg", "EC2 instance " + instance.name()
                    + ": Session Manager, no SSH; only the traffic the config declares");
            rules.awsAccess(unit, group.id(), args, "instance " + instance.name(), "packages, objects");
            for (int i = 0; i < instance.adminCidrs().size(); i++) {
                String cidr = instance.adminCidrs().get(i);
                rules.ingressFromCidr(unit + "-in-admin-" + (i + 1), group.id(), cidr, instance.port().orElseThrow(),
                        "admins from " + cidr);
            }
            instances.put(instance.name(), group);
        }
        this.flows = Flows.of(workloads.compute(), workloads.functions(), workloads.instances());
        for (Flow flow : flows) {
            String from = Flow.shortName(flow.from());
            String to = Flow.shortName(flow.to());
            rules.egressToGroup(from + "-out-" + to + "-" + flow.port(), groupOf(flow.from(), fixed), groupOf(flow.to(), fixed),
                    flow.port(), "to " + to + ": " + flow.why());
            rules.ingressFromGroup(to + "-in-" + from + "-" + flow.port(), groupOf(flow.to(), fixed),
                    groupOf(flow.from(), fixed), flow.port(), "from " + from + ": " + flow.why());
        }
    }

    private Output<String> groupOf(String peer, SecurityGroups fixed) {
        return switch (peer) {
            case Flow.ALB -> fixed.alb.id();
            case Flow.DATABASE -> fixed.database.id();
            // Config refuses calls to Redis when the stack has none.
            case Flow.REDIS -> fixed.redis.orElseThrow(() -> new IllegalStateException(peer + " has no group")).id();
            default -> {
                String name = peer.substring(peer.indexOf(':') + 1);
                Map<String, SecurityGroup> groups = peer.startsWith("service:") ? services
                        : peer.startsWith("function:") ? functions : instances;
                yield groups.get(name).id();
            }
        };
    }
}
