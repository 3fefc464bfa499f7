package io.platform.data;

import com.pulumi.core.Output;

import java.util.Map;

/**
 * Who each service is to AWS: the task role its containers run as and the security group of its own
 * (beside the shared app group). Buckets and file systems grant access to exactly the services that
 * ask for it, through these: the security tier gives every such service a task role of its own.
 */
public record ServiceIdentities(Map<String, Output<String>> taskRoleNames, Map<String, Output<String>> securityGroupIds) {
    public ServiceIdentities {
        taskRoleNames = Map.copyOf(taskRoleNames);
        securityGroupIds = Map.copyOf(securityGroupIds);
    }

    public Output<String> taskRoleName(String service) {
        return require(taskRoleNames, service);
    }

    public Output<String> securityGroupId(String service) {
        return require(securityGroupIds, service);
    }

    private static Output<String> require(Map<String, Output<String>> map, String service) {
        Output<String> value = map.get(service);
        if (value == null) {
            throw new IllegalArgumentException("no identity for service '" + service + "'; known: " + map.keySet());
        }
        return value;
    }
}
