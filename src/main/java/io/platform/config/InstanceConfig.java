package io.platform.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One EC2 instance from {@code platform:instances} (seed 000's Airflow host). Not options: the AMI
 * comes from an SSM public parameter, IMDSv2 is required, the root volume is encrypted with the data
 * key, there is no key pair (Session Manager instead) and no public IP.
 *
 * @param subnet        which private subnet (1 = the first AZ)
 * @param port          the port the host serves on, needed by {@code loadBalancer} and {@code adminCidrs}
 * @param loadBalancer  register the host behind the ALB on these hosts/paths
 * @param adminCidrs    CIDRs that may reach {@code port} directly (VPN, office); never the internet
 * @param calls         {@code database} and/or {@code redis}
 * @param secrets       secret names the host may read (user data fetches them at boot)
 */
public record InstanceConfig(
        String name,
        String instanceType,
        String amiParameter,
        int rootVolumeGb,
        int subnet,
        Optional<String> userData,
        OptionalInt port,
        Optional<LoadBalancerRoute> loadBalancer,
        List<String> adminCidrs,
        List<String> calls,
        List<String> secrets,
        List<IamStatementConfig> statements,
        boolean terminationProtection) {

    public InstanceConfig {
        adminCidrs = List.copyOf(adminCidrs);
        calls = List.copyOf(calls);
        secrets = List.copyOf(secrets);
        statements = List.copyOf(statements);
    }

    /** Behind the ALB's HTTPS listener, matched by host and/or path, health-checked on {@code healthCheckPath}. */
    public record LoadBalancerRoute(ServiceConfig.Route route, String healthCheckPath) {
    }
}
