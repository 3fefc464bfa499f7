package io.platform.policy.rules.ec2;

import java.util.List;
import java.util.stream.Collectors;

/** Shared port settings and formatting of the security-group rules. */
final class SecurityGroupPorts {
    static final String ALLOWED_INTERNET_PORTS = "allowedPorts";
    static final List<Integer> DEFAULT_INTERNET_PORTS = List.of(80, 443);
    static final int MAX_PORT = 65535;

    private SecurityGroupPorts() {
    }

    static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
